package dev.pmlint.report;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.RunResult;
import dev.pmlint.model.Finding;
import java.io.PrintWriter;

/** GitHub Actions workflow commands: one annotation per finding, with title and end position. */
final class GithubReporter implements Reporter {

  @Override
  public void write(RunResult result, ReportContext ctx, PrintWriter out) {
    for (FileResult file : result.files()) {
      for (Finding f : file.findings()) {
        if (!f.active()) {
          continue; // suppressed or accepted by the baseline: not an annotation or issue
        }
        String command = switch (f.level()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case NOTE -> "notice";
        };
        out.println("::" + command
            + " file=" + property(file.input().displayPath())
            + ",line=" + f.region().startLine()
            + ",endLine=" + f.region().endLine()
            + ",col=" + f.region().startColumn()
            + ",endColumn=" + f.region().endColumn()
            + ",title=" + property(f.rule().code() + " " + f.rule().name())
            + "::" + data(f.message()));
      }
    }
    if (!ctx.quiet()) {
      out.println(TextReporter.summary(result));
    }
  }

  /** Escaping of the runner's toolkit (issueCommand): data escapes %, CR, LF. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Properties also escape ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
