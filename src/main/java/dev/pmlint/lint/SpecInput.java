package dev.pmlint.lint;

import dev.pmlint.source.SpecFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One thing to lint.
 *
 * @param displayPath the path shown in reports, relative to the scan root, with '/' separators
 * @param path the file, or empty for standard input
 * @param explicit named on the command line (always linted) rather than found by walking
 * @param format the format, or empty to sniff the content
 */
public record SpecInput(String displayPath, Optional<Path> path, boolean explicit, Optional<SpecFormat> format) {

  public static SpecInput file(Path file, Path root, boolean explicit) {
    Path abs = file.toAbsolutePath().normalize();
    String shown = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    shown = shown.replace('\\', '/');
    return new SpecInput(shown, Optional.of(abs), explicit, SpecFormat.ofFileName(abs.getFileName().toString()));
  }

  public static SpecInput stdin(String name) {
    return new SpecInput(name, Optional.empty(), true, SpecFormat.ofFileName(name));
  }
}
