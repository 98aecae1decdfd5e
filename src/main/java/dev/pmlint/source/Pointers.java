package dev.pmlint.source;

/** JSON Pointer (RFC 6901) helpers. */
public final class Pointers {

  private Pointers() {}

  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The unescaped last segment, or "" for the root. */
  public static String lastSegment(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  /** A readable path for messages: {@code authorizerConfiguration.customJWTAuthorizer.allowedScopes[0]}. */
  public static String label(String pointer) {
    if (pointer.isEmpty()) {
      return "the spec";
    }
    StringBuilder sb = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String seg = raw.replace("~1", "/").replace("~0", "~");
      if (!seg.isEmpty() && seg.chars().allMatch(Character::isDigit) && sb.length() > 0) {
        sb.append("[").append(seg).append("]");
      } else {
        if (sb.length() > 0) sb.append(".");
        sb.append(seg);
      }
    }
    return sb.toString();
  }

  public static String parent(String pointer) {
    return pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
  }
}
