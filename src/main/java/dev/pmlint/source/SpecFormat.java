package dev.pmlint.source;

import java.util.Locale;
import java.util.Optional;

/** The two input formats, chosen by file name. */
public enum SpecFormat {
  JSON,
  YAML;

  /** The format a file name stands for, if it has a spec extension. */
  public static Optional<SpecFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) return Optional.of(JSON);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return Optional.of(YAML);
    return Optional.empty();
  }

  /** For input without a telling name (stdin): JSON when it starts like JSON, else YAML. */
  static SpecFormat sniff(String text) {
    String t = text.stripLeading();
    return t.startsWith("{") ? JSON : YAML;
  }
}
