package dev.pmlint.model;

/** How a finding compares with the baseline a run was given (SARIF {@code baselineState}). */
public enum BaselineState {
  /** Not in the baseline: it fails the run. */
  NEW("new"),
  /** In the baseline: known, accepted for now, does not fail the run. */
  UNCHANGED("unchanged");

  private final String sarifId;

  BaselineState(String sarifId) {
    this.sarifId = sarifId;
  }

  public String sarifId() {
    return sarifId;
  }
}
