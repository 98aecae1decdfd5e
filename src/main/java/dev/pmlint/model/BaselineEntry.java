package dev.pmlint.model;

/**
 * One accepted finding in a baseline file, keyed by rule, file, document, JSON Pointer and a
 * digest of the value there; never by line, so edits elsewhere in the file do not disturb it.
 *
 * @param file path relative to the baseline file's directory, '/' separators
 * @param rule rule code
 * @param document 0-based document index
 * @param pointer JSON Pointer of the node
 * @param value digest of the value at the pointer (the value itself may be a secret)
 * @param level the level when recorded (for reading the file and SARIF absent results)
 * @param message the message when recorded (for reading the file)
 */
public record BaselineEntry(String file, String rule, int document, String pointer, String value,
    String level, String message) {

  /** The part that identifies a finding. */
  public String key() {
    return String.join("\u0000", file, rule, Integer.toString(document), pointer, value);
  }
}
