package dev.pmlint.report;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.RunResult;
import dev.pmlint.model.Finding;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** GitLab Code Quality report: a JSON array of issues with stable fingerprints. */
final class GitlabReporter implements Reporter {

  @Override
  public void write(RunResult result, ReportContext ctx, PrintWriter out) {
    ArrayNode issues = JsonNodeFactory.instance.arrayNode();
    for (FileResult file : result.files()) {
      for (Finding f : file.findings()) {
        if (!f.active()) {
          continue; // suppressed or accepted by the baseline: not an annotation or issue
        }
        ObjectNode issue = issues.addObject();
        issue.put("description", f.rule().code() + " " + f.rule().name() + ": " + f.message());
        issue.put("check_name", f.rule().code());
        issue.put("fingerprint", f.fingerprint());
        issue.put("severity", switch (f.level()) {
          case ERROR -> "major";
          case WARNING -> "minor";
          case NOTE -> "info";
        });
        ObjectNode positions = issue.putObject("location").put("path", file.input().displayPath())
            .putObject("positions");
        positions.putObject("begin").put("line", f.region().startLine()).put("column", f.region().startColumn());
        positions.putObject("end").put("line", f.region().endLine()).put("column", f.region().endColumn());
      }
    }
    out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(issues));
  }
}
