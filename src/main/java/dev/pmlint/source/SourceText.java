package dev.pmlint.source;

import dev.pmlint.model.Region;
import java.util.Arrays;

/**
 * The decoded text of a file with its line starts, to turn character offsets into 1-based
 * line and code-point column positions. CRLF, LF and lone CR all end a line.
 */
public final class SourceText {

  private final String text;
  private final int[] lineStarts;

  public SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** 1-based line of a UTF-16 offset. */
  public int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based code-point column of a UTF-16 offset. */
  public int columnOf(int offset) {
    int start = lineStarts[lineOf(offset) - 1];
    return text.codePointCount(start, Math.min(offset, text.length())) + 1;
  }

  /** Column just after the last character of a line, line break excluded. */
  public int lineEndColumn(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.codePointCount(start, end) + 1;
  }

  /** The text of a line, line break excluded. */
  public String line(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Region between two UTF-16 offsets (end exclusive). */
  public Region region(int startOffset, int endOffset) {
    int sl = lineOf(startOffset);
    int el = lineOf(Math.max(startOffset, endOffset));
    return new Region(sl, columnOf(startOffset), el, columnOf(Math.max(startOffset, endOffset)));
  }

  /** A one-character region at a position, or an empty one at the end of a line. */
  public Region pointAt(int line, int column) {
    int safeLine = Math.max(1, Math.min(line, lineCount()));
    int lineEnd = lineEndColumn(safeLine);
    int col = Math.max(1, Math.min(column, lineEnd));
    return new Region(safeLine, col, safeLine, Math.min(col + 1, lineEnd));
  }

  /** The first line of the file, for findings about the document as a whole. */
  public Region firstLine() {
    return new Region(1, 1, 1, lineEndColumn(1));
  }
}
