package dev.pmlint.rules;

import dev.pmlint.model.Level;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

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
 * @param options the settings the rule takes in {@code .pmlint.yaml}, by name: a JSON Schema each,
 *     with {@code description} and {@code default}
 */
public record Rule(String code, String name, Level defaultLevel, String summary, Origin origin,
    String securitySeverity, Map<String, JsonNode> options) implements Comparable<Rule> {

  public Rule {
    options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
  }

  public Rule(String code, String name, Level defaultLevel, String summary, Origin origin) {
    this(code, name, defaultLevel, summary, origin, "", Map.of());
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
