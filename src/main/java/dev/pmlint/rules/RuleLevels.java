package dev.pmlint.rules;

import dev.pmlint.model.Finding;
import dev.pmlint.model.Level;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The level each rule reports at in a run: its default unless the config or the command line
 * sets another, or turns it off (an empty level).
 */
public final class RuleLevels {

  public static final RuleLevels DEFAULTS = new RuleLevels(Map.of());

  private final Map<String, Optional<Level>> overrides;

  /** @param overrides by rule code: the level, or empty for off */
  public RuleLevels(Map<String, Optional<Level>> overrides) {
    this.overrides = new TreeMap<>(overrides);
  }

  public boolean enabled(Rule rule) {
    return level(rule).isPresent();
  }

  /** The effective level, empty when the rule is off. */
  public Optional<Level> level(Rule rule) {
    return overrides.getOrDefault(rule.code(), Optional.of(rule.defaultLevel()));
  }

  /** The finding at its rule's effective level, or empty when the rule is off. */
  public Optional<Finding> apply(Finding finding) {
    return level(finding.rule()).map(l -> l == finding.level() ? finding : finding.withLevel(l));
  }

  /** Codes whose level differs from the default, with the level (empty: off). */
  public Map<String, Optional<Level>> overrides() {
    return java.util.Collections.unmodifiableMap(overrides);
  }
}
