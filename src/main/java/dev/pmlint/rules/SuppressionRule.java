package dev.pmlint.rules;

import static dev.pmlint.model.Level.ERROR;
import static dev.pmlint.model.Level.WARNING;

import dev.pmlint.model.Level;
import dev.pmlint.rules.Rule.Origin;

/**
 * The rules about suppressions themselves (YAML comments and config entries). This enum is the
 * one declaration of their metadata; their pages live in {@code docs/rules/}. They cannot be
 * suppressed, only set to another level or turned off in the config.
 */
public enum SuppressionRule {
  INVALID_SUPPRESSION("PM901", "invalid-suppression", ERROR,
      "A suppression without a reason, for an unknown rule, or not written the way pmlint reads it"),
  UNUSED_SUPPRESSION("PM902", "unused-suppression", WARNING,
      "A suppression that matches no finding");

  private final Rule rule;

  SuppressionRule(String code, String name, Level level, String summary) {
    this.rule = new Rule(code, name, level, summary, Origin.SUPPRESSION);
  }

  public Rule rule() {
    return rule;
  }
}
