package dev.pmlint.cli;

import dev.pmlint.lint.SpecInput;
import java.nio.file.Path;

/** How reports show a path when pmlint runs in this test JVM's working directory. */
final class SpecInputPaths {

  private SpecInputPaths() {}

  static String shown(Path file) {
    return SpecInput.displayPath(file, Path.of("").toAbsolutePath());
  }
}
