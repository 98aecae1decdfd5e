package dev.pmlint.rules;

import static dev.pmlint.model.Level.ERROR;
import static dev.pmlint.model.Level.WARNING;

import dev.pmlint.model.Level;
import dev.pmlint.rules.Rule.Origin;

/**
 * The rules found while reading a file or checking it against the JSON Schema. This enum is the
 * one declaration of their metadata; their pages live in {@code docs/rules/}.
 */
public enum StructureRule {
  SYNTAX_ERROR("PM001", "syntax-error", ERROR, Origin.PARSER,
      "The file cannot be read as JSON or YAML, is empty, or exceeds an input limit"),
  DUPLICATE_KEY("PM002", "duplicate-key", ERROR, Origin.PARSER,
      "A key appears twice in the same object"),
  UNKNOWN_MEMBER("PM003", "unknown-member", ERROR, Origin.SCHEMA,
      "A member that the request shape does not define"),
  MISSING_REQUIRED_MEMBER("PM004", "missing-required-member", ERROR, Origin.SCHEMA,
      "A member that the request shape requires is missing"),
  WRONG_TYPE("PM005", "wrong-type", ERROR, Origin.SCHEMA,
      "A value has the wrong JSON type"),
  INVALID_ENUM_VALUE("PM006", "invalid-enum-value", ERROR, Origin.SCHEMA,
      "A value is not one of the values the member allows"),
  PATTERN_MISMATCH("PM007", "pattern-mismatch", ERROR, Origin.SCHEMA,
      "A string does not have the format the member requires"),
  OUT_OF_RANGE("PM008", "out-of-range", ERROR, Origin.SCHEMA,
      "A string, list or map is shorter or longer than the member allows"),
  UNION_MEMBER_COUNT("PM009", "union-member-count", ERROR, Origin.SCHEMA,
      "A tagged union sets no member or more than one"),
  YAML_AMBIGUOUS_SCALAR("PM010", "yaml-ambiguous-scalar", WARNING, Origin.PARSER,
      "A plain YAML scalar that YAML 1.1 readers read as something other than a string"),
  DUPLICATE_ITEM("PM011", "duplicate-item", ERROR, Origin.SCHEMA,
      "A list whose items must be unique repeats an item");

  private final Rule rule;

  StructureRule(String code, String name, Level level, Origin origin, String summary) {
    this.rule = new Rule(code, name, level, summary, origin);
  }

  public Rule rule() {
    return rule;
  }
}
