package dev.pmlint.report;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.RunResult;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Level;
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
        String location = file.input().displayPath() + ":" + f.region().startLine() + ":" + f.region().startColumn() + ":";
        String level = f.level().id();
        String rule = f.rule().code() + " " + f.rule().name() + ":";
        if (ctx.color()) {
          out.println(BOLD + location + RESET + " " + color(f.level()) + level + RESET + " "
              + DIM + rule + RESET + " " + f.message());
        } else {
          out.println(location + " " + level + " " + rule + " " + f.message());
        }
      }
    }
    if (!ctx.quiet()) {
      out.println(summary(result));
    }
  }

  static String summary(RunResult result) {
    long errors = result.count(Level.ERROR);
    long warnings = result.count(Level.WARNING);
    long notes = result.count(Level.NOTE);
    int files = result.files().size();
    StringBuilder sb = new StringBuilder();
    sb.append("Checked ").append(plural(files, "file")).append(" (")
        .append(plural(result.documentsLinted(), "document")).append("): ");
    if (errors + warnings + notes == 0) {
      sb.append("no problems found.");
    } else {
      sb.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"))
          .append(", ").append(plural(notes, "note")).append(".");
    }
    if (result.documentsSkipped() > 0) {
      sb.append(" Skipped ").append(plural(result.documentsSkipped(), "document"))
          .append(" that ").append(result.documentsSkipped() == 1 ? "is" : "are")
          .append(" not a payment manager spec.");
    }
    return sb.toString();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String color(Level level) {
    return switch (level) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case NOTE -> "\u001b[36m";
    };
  }
}
