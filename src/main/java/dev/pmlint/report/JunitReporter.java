package dev.pmlint.report;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.RunResult;
import dev.pmlint.model.Finding;
import java.io.PrintWriter;

/**
 * JUnit XML for CI test views (GitLab, Jenkins, Azure): one test case per file, one failure per
 * finding that counts at or above the fail level (the others, suppressed and baselined ones
 * included, are listed in system-out).
 */
final class JunitReporter implements Reporter {

  @Override
  public void write(RunResult result, ReportContext ctx, PrintWriter out) {
    long failures = result.files().stream().filter(f -> !failing(f, ctx).isEmpty()).count();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<testsuites name=\"pmlint\" tests=\"" + result.files().size() + "\" failures=\"" + failures + "\">");
    out.println("  <testsuite name=\"pmlint\" tests=\"" + result.files().size() + "\" failures=\"" + failures
        + "\" errors=\"0\" skipped=\"0\">");
    for (FileResult file : result.files()) {
      String path = file.input().displayPath();
      out.print("    <testcase classname=\"pmlint\" name=\"" + xml(path) + "\" file=\"" + xml(path) + "\"");
      if (file.findings().isEmpty()) {
        out.println("/>");
        continue;
      }
      out.println(">");
      StringBuilder other = new StringBuilder();
      for (Finding f : file.findings()) {
        String line = path + ":" + f.region().startLine() + ":" + f.region().startColumn() + ": "
            + f.level().id() + " " + f.rule().code() + " " + f.rule().name() + ": " + f.message()
            + TextReporter.status(f);
        if (f.active() && ctx.failLevel() != null && f.level().atLeast(ctx.failLevel())) {
          out.println("      <failure type=\"" + f.rule().code() + "\" message=\"" + xml(f.message()) + "\">"
              + xml(line) + "</failure>");
        } else {
          other.append(line).append('\n');
        }
      }
      if (other.length() > 0) {
        out.println("      <system-out>" + xml(other.toString()) + "</system-out>");
      }
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
    out.println("</testsuites>");
  }

  private static java.util.List<Finding> failing(FileResult file, ReportContext ctx) {
    return file.findings().stream()
        .filter(f -> f.active() && ctx.failLevel() != null && f.level().atLeast(ctx.failLevel())).toList();
  }

  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append(' '); // not allowed in XML 1.0
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
