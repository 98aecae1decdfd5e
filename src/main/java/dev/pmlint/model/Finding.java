package dev.pmlint.model;

import dev.pmlint.rules.Rule;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one document of a file.
 *
 * @param rule the rule that found it
 * @param level the effective level (the rule's default unless configured otherwise)
 * @param message a sentence that names the problem; never repeats a secret
 * @param document 0-based index of the document in a multi-document YAML file
 * @param pointer JSON Pointer (RFC 6901) of the node the finding is about, "" for the root
 * @param region where in the file the finding points
 * @param fingerprint stable identity across line moves (rule, file, document, pointer, value);
 *     empty until the linter sets it
 * @param valueDigest short hash of the value at the pointer (never the value itself, which may be
 *     a secret); part of the fingerprint and of baseline keys; empty until the linter sets it
 * @param suppression the exemption that applies, or null
 * @param baselineState how it compares with the run's baseline, or null without a baseline
 */
public record Finding(
    Rule rule, Level level, String message, int document, String pointer, Region region,
    String fingerprint, String valueDigest, Suppression suppression, BaselineState baselineState) {

  public static final Comparator<Finding> BY_POSITION =
      Comparator.comparing(Finding::region)
          .thenComparing(f -> f.rule().code())
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(valueDigest, "valueDigest");
  }

  public static Finding of(Rule rule, String message, int document, String pointer, Region region) {
    return new Finding(rule, rule.defaultLevel(), message, document, pointer, region, "", "", null, null);
  }

  public Finding withIdentity(String fingerprintValue, String digest) {
    return new Finding(rule, level, message, document, pointer, region, fingerprintValue, digest,
        suppression, baselineState);
  }

  public Finding withLevel(Level value) {
    return new Finding(rule, value, message, document, pointer, region, fingerprint, valueDigest,
        suppression, baselineState);
  }

  public Finding withSuppression(Suppression value) {
    return new Finding(rule, level, message, document, pointer, region, fingerprint, valueDigest,
        value, baselineState);
  }

  public Finding withBaselineState(BaselineState value) {
    return new Finding(rule, level, message, document, pointer, region, fingerprint, valueDigest,
        suppression, value);
  }

  public boolean suppressed() {
    return suppression != null;
  }

  /** True when the finding counts: not suppressed and not accepted by the baseline. */
  public boolean active() {
    return suppression == null && baselineState != BaselineState.UNCHANGED;
  }
}
