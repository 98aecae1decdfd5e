package dev.pmlint.model;

import java.util.Objects;

/**
 * Why a finding does not count: a reviewed exemption and the reason given for it.
 *
 * @param kind in the spec itself (a YAML comment) or outside it (the config file)
 * @param reason the justification written next to the exemption; never empty
 * @param origin where the exemption is written, e.g. {@code line 12} or {@code .pmlint.yaml:14}
 */
public record Suppression(Kind kind, String reason, String origin) {

  public Suppression {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(origin, "origin");
  }

  /** SARIF's suppression kinds. */
  public enum Kind {
    IN_SOURCE("inSource"),
    EXTERNAL("external");

    private final String sarifId;

    Kind(String sarifId) {
      this.sarifId = sarifId;
    }

    public String sarifId() {
      return sarifId;
    }
  }
}
