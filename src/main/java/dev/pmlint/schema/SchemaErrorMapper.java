package dev.pmlint.schema;

import com.networknt.schema.Error;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Quote;
import dev.pmlint.model.Region;
import dev.pmlint.rules.StructureRule;
import dev.pmlint.source.NodeLocations;
import dev.pmlint.source.Pointers;
import dev.pmlint.source.SpecDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns one validator error into one finding: picks the rule from the keyword, the place from
 * the instance location, and words the message from the schema (member names, enum values,
 * {@code patternErrorMessage}). Errors raised inside a {@code oneOf} branch are dropped: the
 * union's own PM009 finding says what is wrong.
 */
final class SchemaErrorMapper {

  /** Every keyword the schema uses that can fail; a test checks the schema uses no other. */
  static final Set<String> MAPPED_KEYWORDS =
      Set.of("additionalProperties", "required", "type", "enum", "const", "pattern", "minLength",
          "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "oneOf",
          "uniqueItems", "propertyNames");

  private final SpecSchema schema;

  SchemaErrorMapper(SpecSchema schema) {
    this.schema = schema;
  }

  Optional<Finding> map(Error error, SpecDocument doc) {
    String evaluation = error.getEvaluationPath().toString();
    if (evaluation.contains("/oneOf/")) {
      return Optional.empty();
    }
    String pointer = error.getInstanceLocation().toString();
    NodeLocations at = doc.locations();
    JsonNode keywordSchema = schema.at(fragment(error)).orElse(null);
    JsonNode owner = schema.at(ownerFragment(error)).orElse(null);
    JsonNode value = doc.root().at(pointer);
    String label = Pointers.label(pointer);
    String keyword = error.getKeyword();
    return switch (keyword) {
      case "additionalProperties" -> {
        String child = Pointers.child(pointer, error.getProperty());
        String where = pointer.isEmpty() ? schema.rootName() : label;
        String base = "Unknown member " + Quote.of(error.getProperty()) + " in " + where;
        String message = Suggestions.closest(error.getProperty(), memberNames(owner))
            .map(g -> base + "; did you mean '" + g + "'?").orElse(base + ".");
        yield finding(StructureRule.UNKNOWN_MEMBER, message, doc, child, at.atKey(child));
      }
      case "required" -> {
        String where = pointer.isEmpty() ? schema.rootName() : label;
        // The pointer names the missing member (its identity); the region is the parent's key.
        yield finding(StructureRule.MISSING_REQUIRED_MEMBER,
            "Missing required member '" + error.getProperty() + "' in " + where + ".",
            doc, Pointers.child(pointer, error.getProperty()), at.atKey(pointer));
      }
      case "type" -> finding(StructureRule.WRONG_TYPE, typeMessage(label, keywordSchema, value,
          at.plainNonStringScalar(pointer)), doc, pointer, at.atValue(pointer));
      case "enum", "const" -> finding(StructureRule.INVALID_ENUM_VALUE,
          enumMessage(label, keywordSchema, value), doc, pointer, at.atValue(pointer));
      case "pattern" -> finding(StructureRule.PATTERN_MISMATCH,
          patternMessage(label, value.asString(""), owner), doc, pointer, at.atValue(pointer));
      case "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties" ->
          finding(StructureRule.OUT_OF_RANGE, rangeMessage(label, keyword, owner, value), doc,
              pointer, at.atValue(pointer));
      case "oneOf" -> unionFinding(doc, pointer, owner, value);
      case "uniqueItems" -> duplicateItem(doc, pointer, value);
      case "propertyNames" -> propertyName(doc, pointer, error.getProperty(), keywordSchema);
      default -> throw new IllegalStateException(
          "schema keyword '" + keyword + "' has no rule; add it to SchemaErrorMapper");
    };
  }

  private static Optional<Finding> finding(
      StructureRule rule, String message, SpecDocument doc, String pointer, Region region) {
    return Optional.of(Finding.of(rule.rule(), message, doc.index(), pointer, region));
  }

  private static String fragment(Error error) {
    String loc = error.getSchemaLocation().toString();
    int hash = loc.indexOf('#');
    return hash < 0 ? "" : loc.substring(hash + 1);
  }

  /** The subschema that holds the failing keyword. */
  private static String ownerFragment(Error error) {
    String f = fragment(error);
    return f.isEmpty() ? "" : f.substring(0, f.lastIndexOf('/'));
  }

  private static List<String> memberNames(JsonNode owner) {
    List<String> names = new ArrayList<>();
    if (owner != null) {
      owner.path("properties").propertyNames().forEach(names::add);
    }
    return names;
  }

  private static String typeMessage(
      String label, JsonNode typeKeyword, JsonNode value, Optional<String> plainYaml) {
    String expected = typeKeyword == null ? "another type" : article(typeKeyword.asString());
    String found = describe(value);
    String message = label + " must be " + expected + ", not " + found + ".";
    if (plainYaml.isPresent() && "string".equals(typeKeyword == null ? "" : typeKeyword.asString())) {
      String text = plainYaml.get();
      message = label + " must be a string, but the plain YAML scalar " + text + " is read as "
          + found + "; quote it: '" + text + "'.";
    }
    return message;
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "an object";
      case "array" -> "a list";
      case "integer" -> "an integer";
      default -> "a " + type;
    };
  }

  private static String describe(JsonNode value) {
    if (value.isNull()) return "null";
    if (value.isBoolean()) return "the boolean " + value.asBoolean();
    if (value.isNumber()) return "the number " + value.asString();
    if (value.isString()) return "a string";
    if (value.isArray()) return "a list";
    if (value.isObject()) return "an object";
    return value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static String enumMessage(String label, JsonNode keyword, JsonNode value) {
    List<String> allowed = new ArrayList<>();
    if (keyword != null && keyword.isArray()) {
      keyword.forEach(v -> allowed.add(v.asString()));
    } else if (keyword != null) {
      allowed.add(keyword.asString());
    }
    String given = value.isString() ? value.asString() : value.toString();
    String message = label + " is " + Quote.of(given) + "; allowed: " + String.join(", ", allowed) + ".";
    Optional<String> guess = Suggestions.closest(given, allowed);
    return guess.map(g -> message.substring(0, message.length() - 1) + "; did you mean '" + g + "'?")
        .orElse(message);
  }

  private static String patternMessage(String label, String value, JsonNode owner) {
    String words = owner == null ? "" : owner.path("patternErrorMessage").asString("");
    String regex = owner == null ? "" : owner.path("pattern").asString("");
    StringBuilder sb = new StringBuilder(label).append(" ").append(Quote.of(value)).append(" has the wrong format");
    if (!words.isEmpty()) {
      sb.append(": expected ").append(words);
    }
    sb.append(" (pattern ").append(regex).append(").");
    return sb.toString();
  }

  private static String rangeMessage(String label, String keyword, JsonNode owner, JsonNode value) {
    long limit = owner == null ? -1 : owner.path(keyword).asLong(-1);
    String unit;
    long actual;
    if (keyword.endsWith("Length")) {
      actual = value.asString("").codePointCount(0, value.asString("").length());
      unit = "characters";
    } else if (keyword.endsWith("Items")) {
      actual = value.size();
      unit = "items";
    } else {
      actual = value.size();
      unit = "entries";
    }
    String bound = keyword.startsWith("min") ? "at least " : "at most ";
    return label + " has " + actual + " " + (actual == 1 ? unit.substring(0, unit.length() - 1) : unit)
        + "; it must have " + bound + limit + ".";
  }

  private Optional<Finding> unionFinding(SpecDocument doc, String pointer, JsonNode owner, JsonNode value) {
    List<String> members = memberNames(owner);
    List<String> set = new ArrayList<>();
    boolean unknown = false;
    for (String name : value.propertyNames()) {
      if (members.contains(name)) {
        set.add(name);
      } else {
        unknown = true;
      }
    }
    if (set.isEmpty() && unknown) {
      return Optional.empty(); // PM003 at the unknown member already says what is wrong
    }
    String label = Pointers.label(pointer);
    String choices = String.join(", ", members);
    String message =
        set.isEmpty()
            ? label + " is a tagged union and sets no member; set exactly one of: " + choices + "."
            : label + " is a tagged union and sets " + set.size() + " members (" + String.join(", ", set)
                + "); set exactly one of: " + choices + ".";
    return finding(StructureRule.UNION_MEMBER_COUNT, message, doc, pointer, doc.locations().atKey(pointer));
  }

  private static Optional<Finding> duplicateItem(SpecDocument doc, String pointer, JsonNode list) {
    for (int i = 1; i < list.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (list.get(i).equals(list.get(j))) {
          String item = Pointers.child(pointer, i);
          return finding(StructureRule.DUPLICATE_ITEM,
              Pointers.label(item) + " repeats item " + j + "; items of " + Pointers.label(pointer)
                  + " must be unique.", doc, item, doc.locations().atValue(item));
        }
      }
    }
    return Optional.empty();
  }

  /** A map key that breaks the key constraints: PM008 for its length, PM007 for its format. */
  private Optional<Finding> propertyName(SpecDocument doc, String pointer, String key, JsonNode keySchemaRef) {
    JsonNode keySchema = keySchemaRef == null ? null : schema.resolve(keySchemaRef);
    String child = Pointers.child(pointer, key);
    Region region = doc.locations().atKey(child);
    String label = "Key " + Quote.of(key) + " of " + Pointers.label(pointer);
    int length = key.codePointCount(0, key.length());
    long min = keySchema == null ? 0 : keySchema.path("minLength").asLong(0);
    long max = keySchema == null ? Long.MAX_VALUE : keySchema.path("maxLength").asLong(Long.MAX_VALUE);
    if (length < min || length > max) {
      return finding(StructureRule.OUT_OF_RANGE,
          label + " has " + length + " characters; it must have "
              + (length < min ? "at least " + min : "at most " + max) + ".", doc, child, region);
    }
    String words = keySchema == null ? "" : keySchema.path("patternErrorMessage").asString("");
    String regex = keySchema == null ? "" : keySchema.path("pattern").asString("");
    return finding(StructureRule.PATTERN_MISMATCH,
        label + " has the wrong format" + (words.isEmpty() ? "" : ": expected " + words)
            + " (pattern " + regex + ").", doc, child, region);
  }
}
