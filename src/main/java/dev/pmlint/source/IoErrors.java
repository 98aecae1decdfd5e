package dev.pmlint.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short, path-free descriptions of I/O failures: the JDK's messages are often only the path again. */
public final class IoErrors {
  private IoErrors() {}

  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof NotDirectoryException) return "not a directory";
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
