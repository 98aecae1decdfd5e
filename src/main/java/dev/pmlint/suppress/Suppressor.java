package dev.pmlint.suppress;

import dev.pmlint.lint.FindingFilter;
import dev.pmlint.lint.Fingerprints;
import dev.pmlint.lint.Glob;
import dev.pmlint.lint.SpecInput;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Plural;
import dev.pmlint.model.Region;
import dev.pmlint.model.Suppression;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.rules.RuleLevels;
import dev.pmlint.rules.SuppressionRule;
import dev.pmlint.source.Comment;
import dev.pmlint.source.ParseResult;
import dev.pmlint.source.SpecDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Applies rule levels and suppressions to each file's findings, and reports the suppressions
 * that are invalid (PM901) or match nothing (PM902). In-source directives are judged per file;
 * config entries over the whole run, since one entry may cover many files.
 */
public final class Suppressor implements FindingFilter {

  private final RuleLevels levels;
  private final DirectiveParser directives;
  private final List<ExternalSuppression> external;
  private final Path configDir;
  private final AtomicIntegerArray filesCovered;
  private final AtomicIntegerArray findingsSuppressed;

  /**
   * @param external the config's entries, invalid ones included (they are reported, not applied)
   * @param configDir the directory entries' file globs are relative to
   */
  public Suppressor(RuleCatalog catalog, RuleLevels levels, List<ExternalSuppression> external, Path configDir) {
    this.levels = levels;
    this.directives = new DirectiveParser(catalog);
    this.external = List.copyOf(external);
    this.configDir = configDir.toAbsolutePath().normalize();
    this.filesCovered = new AtomicIntegerArray(external.size());
    this.findingsSuppressed = new AtomicIntegerArray(external.size());
  }

  public static Suppressor levelsOnly(RuleCatalog catalog, RuleLevels levels) {
    return new Suppressor(catalog, levels, List.of(), Path.of(""));
  }

  @Override
  public List<Finding> apply(SpecInput input, ParseResult parsed, List<Finding> raw) {
    List<Directive> valid = new ArrayList<>();
    List<Finding> out = new ArrayList<>();
    for (Comment comment : parsed.comments()) {
      directives.parse(comment, parsed.source()).ifPresent(p -> {
        if (p instanceof DirectiveParser.Valid v) {
          valid.add(v.directive());
        } else if (p instanceof DirectiveParser.Invalid i) {
          levels.apply(about(input, parsed, i.comment(), SuppressionRule.INVALID_SUPPRESSION.rule(), i.message()))
              .ifPresent(out::add);
        }
      });
    }
    boolean[][] used = new boolean[valid.size()][];
    for (int d = 0; d < valid.size(); d++) {
      used[d] = new boolean[valid.get(d).rules().size()];
    }
    // The config entries that cover this file, matched once per file rather than per finding.
    List<Integer> covering = new ArrayList<>();
    Path file = input.path().orElseGet(() -> Path.of(input.displayPath()));
    Glob.relativePath(configDir, file).ifPresent(relative -> {
      for (int e = 0; e < external.size(); e++) {
        if (applicable(external.get(e)) && external.get(e).coversFile(relative)) {
          filesCovered.incrementAndGet(e);
          covering.add(e);
        }
      }
    });
    for (Finding finding : raw) {
      Optional<Finding> leveled = levels.apply(finding);
      if (leveled.isEmpty()) {
        continue;
      }
      Finding f = leveled.get();
      Suppression s = inSource(valid, used, f);
      if (s == null) {
        s = external(covering, f);
      }
      out.add(s == null ? f : f.withSuppression(s));
    }
    for (int d = 0; d < valid.size(); d++) {
      Directive directive = valid.get(d);
      for (int r = 0; r < directive.rules().size(); r++) {
        Rule rule = directive.rules().get(r);
        if (!used[d][r] && levels.enabled(rule)) {
          String scope = switch (directive.scope()) {
            case FILE -> "in this file";
            case LINE -> "on this line";
            case NEXT_LINE -> "on line " + directive.targetLine();
          };
          levels.apply(about(input, parsed, directive.comment(), SuppressionRule.UNUSED_SUPPRESSION.rule(),
              "Unused suppression: no " + rule.code() + " finding " + scope + "; "
                  + (directive.rules().size() == 1 ? "remove the comment." : "remove " + rule.code()
                  + " from the comment."))).ifPresent(out::add);
        }
      }
    }
    return out; // the linter sorts a file's findings
  }

  private static Suppression inSource(List<Directive> valid, boolean[][] used, Finding f) {
    Suppression found = null;
    for (int d = 0; d < valid.size(); d++) {
      Directive directive = valid.get(d);
      int r = directive.rules().indexOf(f.rule());
      if (r >= 0 && directive.covers(f.region().startLine())) {
        used[d][r] = true;
        if (found == null) {
          found = new Suppression(Suppression.Kind.IN_SOURCE, directive.reason(), directive.where());
        }
      }
    }
    return found;
  }

  private Suppression external(List<Integer> covering, Finding f) {
    for (int e : covering) {
      ExternalSuppression entry = external.get(e);
      if (entry.coversFinding(f)) {
        findingsSuppressed.incrementAndGet(e);
        return new Suppression(Suppression.Kind.EXTERNAL, entry.reason(), entry.origin());
      }
    }
    return null;
  }

  private static boolean applicable(ExternalSuppression entry) {
    return !entry.reason().isBlank();
  }

  /**
   * Findings about the config's entries, in the config file: entries without a reason, and
   * entries that cover at least one linted file yet suppressed nothing there. An entry whose
   * files this run did not lint says nothing, so a hook that lints one file stays quiet.
   */
  public List<Finding> configFindings(String configDisplayPath) {
    List<Finding> out = new ArrayList<>();
    for (int e = 0; e < external.size(); e++) {
      ExternalSuppression entry = external.get(e);
      Finding f;
      if (!applicable(entry)) {
        f = Finding.of(SuppressionRule.INVALID_SUPPRESSION.rule(), "Suppression of " + entry.describe()
            + " has no reason: add 'reason: why'. It has no effect until it does.", 0, entry.pointerOfEntry(),
            entry.region());
      } else if (filesCovered.get(e) > 0 && findingsSuppressed.get(e) == 0 && levels.enabled(entry.rule())) {
        f = Finding.of(SuppressionRule.UNUSED_SUPPRESSION.rule(), "Unused suppression: no " + entry.describe()
            + " among the " + Plural.of(filesCovered.get(e), "linted file")
            + " it covers; remove the entry.", 0, entry.pointerOfEntry(), entry.region());
      } else {
        continue;
      }
      Optional<Finding> leveled = levels.apply(f);
      String digest = Fingerprints.digest(entry.describe());
      leveled.ifPresent(x -> out.add(x.withIdentity(
          Fingerprints.fingerprint(x.rule().code(), configDisplayPath, 0, x.pointer(), digest), digest)));
    }
    return out;
  }

  /** A finding about a comment; identified by the comment text, not its line. */
  private static Finding about(SpecInput input, ParseResult parsed, Comment comment, Rule rule, String message) {
    int document = documentAt(parsed, comment.line());
    Region region = comment.region();
    Finding f = Finding.of(rule, message, document, "", region);
    String digest = Fingerprints.digest(comment.text().strip() + "\u0000" + message);
    return f.withIdentity(Fingerprints.fingerprint(rule.code(), input.displayPath(), document, "", digest), digest);
  }

  private static int documentAt(ParseResult parsed, int line) {
    int index = 0;
    for (SpecDocument doc : parsed.documents()) {
      if (doc.locations().documentStart().startLine() <= line) {
        index = doc.index();
      }
    }
    return index;
  }
}
