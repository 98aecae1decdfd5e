package dev.pmlint.model;

/**
 * Quotes user text for a one-line message: control characters escaped (a message never spans
 * lines or rings a terminal bell) and long values shortened.
 */
public final class Quote {

  private static final int MAX_CODE_POINTS = 60;

  private Quote() {}

  /** {@code 'value'}, escaped and shortened. */
  public static String of(String value) {
    StringBuilder sb = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (shown++ == MAX_CODE_POINTS) {
        sb.append("...");
        break;
      }
      switch (cp) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            sb.append(String.format("\\u%04X", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.append("'").toString();
  }
}
