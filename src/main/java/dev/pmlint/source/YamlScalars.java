package dev.pmlint.source;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How YAML readers type a plain scalar. pmlint reads YAML 1.2 with the core schema, as the AWS
 * CLI v2 does; YAML 1.1 readers (PyYAML, older tools, many CI scripts) type more plain scalars
 * as booleans, numbers, timestamps or null. Where the two disagree, PM010 warns.
 */
final class YamlScalars {

  private YamlScalars() {}

  /** The type of a plain scalar under a YAML schema. */
  enum Kind {
    STRING,
    NULL,
    BOOLEAN,
    INTEGER,
    FLOAT,
    TIMESTAMP
  }

  // YAML 1.2.2 core schema, section 10.3.2.
  private static final Pattern CORE_NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern CORE_BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern CORE_INT =
      Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Pattern CORE_FLOAT =
      Pattern.compile(
          "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  // YAML 1.1 types (yaml.org/type), as PyYAML's resolver implements them, plus y/n.
  private static final Pattern V11_BOOL =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern V11_INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+");
  private static final Pattern V11_FLOAT =
      Pattern.compile(
          "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern V11_NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern V11_TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}"
              + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
              + "(([ \\t]*)Z|[-+][0-9]{1,2}(:[0-9]{2})?)?");

  /** Words that some YAML schema types; every other typed scalar starts with a digit, sign, dot or ~. */
  private static final Set<String> TYPED_WORDS = Set.of(
      "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
      "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF");

  /**
   * False when both schemas surely read a string: most scalars (names, ARNs, URLs) are decided
   * here without running the patterns below.
   */
  static boolean mayBeTyped(String plain) {
    if (plain.isEmpty()) return true;
    char c = plain.charAt(0);
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == '~' || TYPED_WORDS.contains(plain);
  }

  static Kind core(String plain) {
    return mayBeTyped(plain) ? coreByPatterns(plain) : Kind.STRING;
  }

  static Kind coreByPatterns(String plain) {
    if (CORE_NULL.matcher(plain).matches()) return Kind.NULL;
    if (CORE_BOOL.matcher(plain).matches()) return Kind.BOOLEAN;
    if (CORE_INT.matcher(plain).matches()) return Kind.INTEGER;
    if (CORE_FLOAT.matcher(plain).matches()) return Kind.FLOAT;
    return Kind.STRING;
  }

  static Kind yaml11(String plain) {
    return mayBeTyped(plain) ? yaml11ByPatterns(plain) : Kind.STRING;
  }

  static Kind yaml11ByPatterns(String plain) {
    if (V11_NULL.matcher(plain).matches()) return Kind.NULL;
    if (V11_BOOL.matcher(plain).matches()) return Kind.BOOLEAN;
    if (V11_INT.matcher(plain).matches() && !plain.equals("_")) return Kind.INTEGER;
    if (V11_FLOAT.matcher(plain).matches() && plain.matches(".*[0-9].*|.*\\.(inf|Inf|INF|nan|NaN|NAN)"))
      return Kind.FLOAT;
    if (V11_TIMESTAMP.matcher(plain).matches()) return Kind.TIMESTAMP;
    return Kind.STRING;
  }

  /**
   * Why a plain scalar is ambiguous, or empty: set when YAML 1.2 reads a string but a YAML 1.1
   * reader reads something else.
   */
  static Optional<String> ambiguity(String plain) {
    if (core(plain) != Kind.STRING) {
      return Optional.empty();
    }
    Kind old = yaml11(plain);
    return switch (old) {
      case STRING -> Optional.empty();
      case BOOLEAN -> Optional.of("the boolean " + v11Boolean(plain));
      case INTEGER -> Optional.of("an integer");
      case FLOAT -> Optional.of("a floating-point number");
      case TIMESTAMP -> Optional.of("a date");
      case NULL -> Optional.of("null");
    };
  }

  private static String v11Boolean(String plain) {
    return switch (plain.toLowerCase(Locale.ROOT)) {
      case "y", "yes", "true", "on" -> "true";
      default -> "false";
    };
  }

  /** The integer a YAML 1.2 core plain integer stands for. */
  static BigInteger coreInteger(String plain) {
    if (plain.startsWith("0o")) return new BigInteger(plain.substring(2), 8);
    if (plain.startsWith("0x")) return new BigInteger(plain.substring(2), 16);
    return new BigInteger(plain.startsWith("+") ? plain.substring(1) : plain);
  }

  /** The number a YAML 1.2 core plain float stands for (NaN and infinities as doubles). */
  static double coreFloat(String plain) {
    String lower = plain.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".inf")) return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    if (lower.equals(".nan")) return Double.NaN;
    return Double.parseDouble(plain);
  }
}
