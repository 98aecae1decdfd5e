package dev.pmlint.suppress;

import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.schema.Suggestions;
import dev.pmlint.source.Comment;
import dev.pmlint.source.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code # pmlint-disable-next-line PM101, PM102 -- reason} comments. A comment that starts
 * with {@code pmlint-} is a directive or a mistake: a mistake is reported (PM901) and suppresses
 * nothing. Comments that merely mention pmlint elsewhere are left alone.
 */
final class DirectiveParser {

  static final String REASON_SEPARATOR = "--";

  private final RuleCatalog catalog;

  DirectiveParser(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  /** A directive, or the reason the comment is not one. */
  sealed interface Parsed permits Valid, Invalid {}

  record Valid(Directive directive) implements Parsed {}

  record Invalid(Comment comment, String message) implements Parsed {}

  Optional<Parsed> parse(Comment comment, SourceText source) {
    String text = comment.text().strip();
    if (!text.startsWith("pmlint-")) {
      return Optional.empty();
    }
    int space = firstBlank(text);
    String word = space < 0 ? text : text.substring(0, space);
    Directive.Scope scope = Arrays.stream(Directive.Scope.values())
        .filter(s -> s.word().equals(word)).findFirst().orElse(null);
    if (scope == null) {
      List<String> words = Arrays.stream(Directive.Scope.values()).map(Directive.Scope::word).toList();
      String guess = Suggestions.closest(word, words).map(g -> "; did you mean '" + g + "'?").orElse(
          "; use one of " + String.join(", ", words) + ".");
      return invalid(comment, "Unknown pmlint directive '" + word + "'" + guess);
    }
    String rest = space < 0 ? "" : text.substring(space);
    int separator = rest.indexOf(REASON_SEPARATOR);
    String codesText = separator < 0 ? rest : rest.substring(0, separator);
    String reason = separator < 0 ? "" : rest.substring(separator + REASON_SEPARATOR.length()).strip();
    List<Rule> rules = new ArrayList<>();
    for (String token : codesText.split("[,\\s]+")) {
      if (token.isEmpty()) {
        continue;
      }
      Optional<Rule> rule = catalog.find(token);
      if (rule.isEmpty()) {
        List<String> codes = catalog.rules().stream().map(Rule::code).toList();
        String guess = Suggestions.closest(token, codes).map(g -> "; did you mean " + g + "?").orElse(".");
        return invalid(comment, word + " names unknown rule '" + token + "'" + guess
            + " The suppression has no effect.");
      }
      if (rule.get().origin() == Rule.Origin.SUPPRESSION) {
        return invalid(comment, rule.get().code() + " findings cannot be suppressed; fix the suppression"
            + " or set the rule's level in .pmlint.yaml.");
      }
      rules.add(rule.get());
    }
    if (rules.isEmpty()) {
      return invalid(comment, word + " names no rule: write the codes, e.g. '" + word
          + " PM204 -- why'. It has no effect.");
    }
    String names = String.join(", ", rules.stream().map(Rule::code).toList());
    if (reason.isEmpty()) {
      return invalid(comment, "Suppression of " + names + " has no reason: write '-- why' after the rule"
          + " codes. It has no effect until it does.");
    }
    int target;
    switch (scope) {
      case LINE -> {
        if (comment.ownLine()) {
          return invalid(comment, "pmlint-disable-line on a line of its own suppresses nothing; use"
              + " pmlint-disable-next-line.");
        }
        target = comment.line();
      }
      case NEXT_LINE -> target = nextContentLine(source, comment.line());
      default -> target = 0;
    }
    return Optional.of(new Valid(new Directive(scope, List.copyOf(rules), reason, comment, target)));
  }

  private static Optional<Parsed> invalid(Comment comment, String message) {
    return Optional.of(new Invalid(comment, message));
  }

  private static int firstBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The next line that holds more than blanks or a comment, so directives can be stacked. */
  static int nextContentLine(SourceText source, int line) {
    for (int l = line + 1; l <= source.lineCount(); l++) {
      String text = source.line(l).strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        return l;
      }
    }
    return line + 1;
  }
}
