package dev.pmlint.cli;

/** The exit codes, also listed in {@code pmlint --help}. */
public final class ExitCodes {

  /** No finding at or above the fail level. */
  public static final int OK = 0;
  /** Findings at or above the fail level. */
  public static final int FINDINGS = 1;
  /** Usage, configuration or internal error. */
  public static final int ERROR = 2;

  private ExitCodes() {}
}
