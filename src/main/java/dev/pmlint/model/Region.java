package dev.pmlint.model;

/**
 * A span of source text. Lines and columns are 1-based; columns count Unicode code points;
 * the end column is exclusive (the column just after the last character), as in SARIF.
 */
public record Region(int startLine, int startColumn, int endLine, int endColumn)
    implements Comparable<Region> {

  public static final Region FILE_START = new Region(1, 1, 1, 1);

  public Region {
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException(
          "bad region " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
  }

  public static Region point(int line, int column) {
    return new Region(line, column, line, column);
  }

  @Override
  public int compareTo(Region o) {
    int c = Integer.compare(startLine, o.startLine);
    if (c == 0) c = Integer.compare(startColumn, o.startColumn);
    if (c == 0) c = Integer.compare(endLine, o.endLine);
    if (c == 0) c = Integer.compare(endColumn, o.endColumn);
    return c;
  }

  @Override
  public String toString() {
    return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}
