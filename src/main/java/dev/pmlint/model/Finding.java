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
 */
public record Finding(
    Rule rule, Level level, String message, int document, String pointer, Region region,
    String fingerprint) {

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
  }

  public static Finding of(Rule rule, String message, int document, String pointer, Region region) {
    return new Finding(rule, rule.defaultLevel(), message, document, pointer, region, "");
  }

  public Finding withFingerprint(String value) {
    return new Finding(rule, level, message, document, pointer, region, value);
  }

  public Finding withLevel(Level value) {
    return new Finding(rule, value, message, document, pointer, region, fingerprint);
  }
}
