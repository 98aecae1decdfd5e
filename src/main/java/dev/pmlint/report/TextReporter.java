package dev.pmlint.report;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.RunResult;
import dev.pmlint.model.BaselineState;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Level;
import dev.pmlint.model.Plural;
import java.io.PrintWriter;

/** {@code path:line:col: level PMxxx name: message}, one per line, then a summary. */
final class TextReporter implements Reporter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  @Override
  public void write(RunResult result, ReportContext ctx, PrintWriter out) {
    for (FileResult file : result.files()) {
      for (Finding f : file.findings()) {
        if (!f.active() && !ctx.showSuppressed()) {
          continue;
        }
        String location = file.input().displayPath() + ":" + f.region().startLine() + ":" + f.region().startColumn() + ":";
        String level = f.level().id();
        String rule = f.rule().code() + " " + f.rule().name() + ":";
        if (ctx.color()) {
          out.println(BOLD + location + RESET + " " + color(f.level()) + level + RESET + " "
              + DIM + rule + RESET + " " + f.message() + DIM + status(f) + RESET);
        } else {
          out.println(location + " " + level + " " + rule + " " + f.message() + status(f));
        }
      }
    }
    if (!ctx.quiet()) {
      out.println(summary(result));
    }
  }

  /** Why a finding does not count, for lines that show it anyway; "" when it counts. */
  static String status(Finding f) {
    if (f.suppression() != null) {
      return " [suppressed (" + f.suppression().origin() + "): " + f.suppression().reason() + "]";
    }
    if (f.baselineState() == BaselineState.UNCHANGED) {
      return " [in baseline]";
    }
    return "";
  }

  static String summary(RunResult result) {
    long errors = result.count(Level.ERROR);
    long warnings = result.count(Level.WARNING);
    long notes = result.count(Level.NOTE);
    long files = result.specFiles();
    StringBuilder sb = new StringBuilder();
    sb.append("Checked ").append(Plural.of(files, "file")).append(" (")
        .append(Plural.of(result.documentsLinted(), "document")).append("): ");
    if (errors + warnings + notes == 0) {
      sb.append("no problems found.");
    } else {
      sb.append(Plural.of(errors, "error")).append(", ").append(Plural.of(warnings, "warning"))
          .append(", ").append(Plural.of(notes, "note")).append(".");
    }
    if (result.suppressedCount() > 0) {
      sb.append(" ").append(Plural.of(result.suppressedCount(), "finding")).append(" suppressed.");
    }
    if (result.baselineUsed()) {
      sb.append(" Baseline: ").append(result.unchangedCount()).append(" known, not counted");
      int fixed = result.fixed().size();
      if (fixed > 0) {
        sb.append("; ").append(Plural.of(fixed, "entry", "entries")).append(fixed == 1 ? " is" : " are")
            .append(" fixed and can be dropped (pmlint baseline write)");
      }
      sb.append(".");
    }
    if (result.excludedFiles() > 0) {
      sb.append(" Excluded ").append(Plural.of(result.excludedFiles(), "file")).append(" by config.");
    }
    if (result.documentsSkipped() > 0) {
      sb.append(" Skipped ").append(Plural.of(result.documentsSkipped(), "document"))
          .append(" that ").append(result.documentsSkipped() == 1 ? "is" : "are")
          .append(" not a payment manager spec.");
    }
    return sb.toString();
  }

  private static String color(Level level) {
    return switch (level) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case NOTE -> "\u001b[36m";
    };
  }
}
