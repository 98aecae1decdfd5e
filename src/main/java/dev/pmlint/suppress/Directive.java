package dev.pmlint.suppress;

import dev.pmlint.rules.Rule;
import dev.pmlint.source.Comment;
import java.util.List;

/**
 * A well-formed suppression comment in a YAML spec.
 *
 * @param scope which lines it covers
 * @param rules the rules it suppresses
 * @param reason why, as written after {@code --}
 * @param comment the comment it was read from
 * @param targetLine the line it covers (0 for a file-wide directive)
 */
public record Directive(Scope scope, List<Rule> rules, String reason, Comment comment, int targetLine) {

  /** The three directive forms, by the word that introduces them. */
  public enum Scope {
    NEXT_LINE("pmlint-disable-next-line"),
    LINE("pmlint-disable-line"),
    FILE("pmlint-disable-file");

    private final String word;

    Scope(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  boolean covers(int line) {
    return scope == Scope.FILE || line == targetLine;
  }

  String where() {
    return "line " + comment.line();
  }
}
