package dev.pmlint.model;

import java.util.Locale;

/** Severity of a finding, ordered from most to least severe. */
public enum Level {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case name used in output, config and SARIF. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this level is as severe as {@code threshold} or more. */
  public boolean atLeast(Level threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Level parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
