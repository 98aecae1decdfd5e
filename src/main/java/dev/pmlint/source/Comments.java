package dev.pmlint.source;

import dev.pmlint.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the YAML comments that mention pmlint. A {@code #} starts a comment at the start of a line
 * or after a blank, unless it lies inside a quoted or block scalar; the parser hands over where
 * those are, so {@code "a # b"} and block text are never read as comments.
 */
final class Comments {

  static final String MARKER = "pmlint";

  private Comments() {}

  static List<Comment> find(SourceText source, List<Region> literals) {
    List<Region> spans = new ArrayList<>(literals);
    spans.sort(Comparator.naturalOrder());
    List<Comment> comments = new ArrayList<>();
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.line(line);
      if (!text.contains(MARKER)) {
        continue;
      }
      for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
        if (i > 0 && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\t') {
          continue;
        }
        int column = text.codePointCount(0, i) + 1;
        if (inside(spans, line, column)) {
          continue;
        }
        String body = text.substring(i + 1);
        if (body.contains(MARKER)) {
          Region region = new Region(line, column, line, source.lineEndColumn(line));
          comments.add(new Comment(region, body, text.substring(0, i).isBlank()));
        }
        break; // the rest of the line belongs to this comment
      }
    }
    return comments;
  }

  /** True when a position lies in one of the (sorted, disjoint) spans. */
  private static boolean inside(List<Region> spans, int line, int column) {
    int lo = 0;
    int hi = spans.size() - 1;
    int candidate = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Region s = spans.get(mid);
      if (s.startLine() < line || (s.startLine() == line && s.startColumn() <= column)) {
        candidate = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (candidate < 0) {
      return false;
    }
    // The search found the last span starting at or before the position: inside if it ends after.
    Region s = spans.get(candidate);
    return line < s.endLine() || (line == s.endLine() && column < s.endColumn());
  }
}
