package dev.pmlint.rules;

import dev.pmlint.model.Level;

/**
 * What the catalogue knows about one rule. Declared once (an enum constant for parser and
 * schema rules, a METADATA block for policy rules) and used by every report, {@code rules},
 * {@code explain} and the docs.
 *
 * @param code stable code, e.g. {@code PM003}
 * @param name kebab-case name of the pattern flagged, e.g. {@code unknown-member}
 * @param defaultLevel level used unless configuration says otherwise
 * @param summary one sentence, no trailing period
 * @param origin which engine reports it
 * @param securitySeverity CVSS-like score "0.1".."10.0" for security rules (SARIF
 *     security-severity), or "" for others
 */
public record Rule(String code, String name, Level defaultLevel, String summary, Origin origin,
    String securitySeverity) implements Comparable<Rule> {

  public Rule(String code, String name, Level defaultLevel, String summary, Origin origin) {
    this(code, name, defaultLevel, summary, origin, "");
  }

  /** Which part of pmlint reports a rule. */
  public enum Origin {
    PARSER,
    SCHEMA,
    POLICY,
    SUPPRESSION
  }

  /** File name of the rule's page under {@code docs/rules/}. */
  public String docFileName() {
    return code + "-" + name + ".md";
  }

  @Override
  public int compareTo(Rule o) {
    return code.compareTo(o.code);
  }
}
