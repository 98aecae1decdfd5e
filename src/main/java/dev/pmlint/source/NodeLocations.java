package dev.pmlint.source;

import dev.pmlint.model.Region;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each JSON Pointer of a document to where its value, and its key when it is an object
 * member, stand in the source. Built once while parsing; read by every check.
 */
public final class NodeLocations {

  private final Map<String, Region> values = new HashMap<>();
  private final Map<String, Region> keys = new HashMap<>();
  private final Map<String, String> plainYamlScalars = new HashMap<>();
  private final Region documentStart;

  public NodeLocations(Region documentStart) {
    this.documentStart = documentStart;
  }

  void putValue(String pointer, Region region) {
    values.put(pointer, region);
  }

  void putKey(String pointer, Region region) {
    keys.put(pointer, region);
  }

  /** Records that a value came from a plain (unquoted) YAML scalar that is not a string. */
  void putPlainNonString(String pointer, String sourceText) {
    plainYamlScalars.put(pointer, sourceText);
  }

  void removeSubtree(String pointer) {
    String prefix = pointer + "/";
    values.keySet().removeIf(p -> p.equals(pointer) || p.startsWith(prefix));
    keys.keySet().removeIf(p -> p.equals(pointer) || p.startsWith(prefix));
    plainYamlScalars.keySet().removeIf(p -> p.equals(pointer) || p.startsWith(prefix));
  }

  public Optional<Region> value(String pointer) {
    return Optional.ofNullable(values.get(pointer));
  }

  public Optional<Region> key(String pointer) {
    return Optional.ofNullable(keys.get(pointer));
  }

  /** The source text of a plain YAML scalar that YAML 1.2 read as a number, boolean or null. */
  public Optional<String> plainNonStringScalar(String pointer) {
    return Optional.ofNullable(plainYamlScalars.get(pointer));
  }

  /** Where a finding about a value points: the value itself. */
  public Region atValue(String pointer) {
    return value(pointer).orElseGet(() -> nearest(pointer));
  }

  /**
   * Where a finding about a member as a whole points: its key; for array items and the root,
   * the first line of the value; the document start when nothing is known.
   */
  public Region atKey(String pointer) {
    Region key = keys.get(pointer);
    if (key != null) {
      return key;
    }
    if (pointer.isEmpty()) {
      return documentStart;
    }
    Region value = values.get(pointer);
    if (value != null) {
      return firstLineOf(value);
    }
    return nearest(pointer);
  }

  public Region documentStart() {
    return documentStart;
  }

  private Region nearest(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
      Region r = keys.containsKey(p) ? keys.get(p) : values.get(p);
      if (r != null) {
        return r;
      }
    }
    return documentStart;
  }

  private static Region firstLineOf(Region r) {
    if (r.endLine() == r.startLine()) {
      return r;
    }
    return new Region(r.startLine(), r.startColumn(), r.startLine(), r.startColumn() + 1);
  }
}
