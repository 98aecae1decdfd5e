package dev.pmlint.lint;

import dev.pmlint.source.SpecFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One thing to lint, or the config file findings can be about.
 *
 * @param displayPath the path shown in reports, relative to the scan root, with '/' separators
 * @param path the file, or empty for standard input
 * @param explicit named on the command line (always linted) rather than found by walking
 * @param format the format, or empty to sniff the content
 * @param kind a spec, or the config file (which is never linted as a spec)
 */
public record SpecInput(String displayPath, Optional<Path> path, boolean explicit, Optional<SpecFormat> format,
    Kind kind) {

  /** What a reported file is. */
  public enum Kind { SPEC, CONFIG }

  public SpecInput(String displayPath, Optional<Path> path, boolean explicit, Optional<SpecFormat> format) {
    this(displayPath, path, explicit, format, Kind.SPEC);
  }

  public static SpecInput file(Path file, Path root, boolean explicit) {
    Path abs = file.toAbsolutePath().normalize();
    return new SpecInput(displayPath(abs, root), Optional.of(abs), explicit,
        SpecFormat.ofFileName(abs.getFileName().toString()));
  }

  public static SpecInput config(Path file, Path root) {
    Path abs = file.toAbsolutePath().normalize();
    return new SpecInput(displayPath(abs, root), Optional.of(abs), true, Optional.of(SpecFormat.YAML), Kind.CONFIG);
  }

  public static SpecInput stdin(String name) {
    return new SpecInput(name, Optional.empty(), true, SpecFormat.ofFileName(name));
  }

  /** Relative to the root when inside it, else absolute; always with '/'. */
  public static String displayPath(Path file, Path root) {
    Path abs = file.toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    String shown = abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
    return shown.replace('\\', '/');
  }
}
