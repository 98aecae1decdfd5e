package dev.pmlint.report;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.RunResult;
import dev.pmlint.model.BaselineEntry;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Level;
import dev.pmlint.model.Region;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON document with every file, its findings (suppressed and baselined ones included, marked)
 * and a summary whose counts are the findings that count; stable for scripts.
 */
final class JsonReporter implements Reporter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public void write(RunResult result, ReportContext ctx, PrintWriter out) {
    ObjectNode root = NODES.objectNode();
    root.put("tool", ctx.tool().name());
    root.put("version", ctx.tool().version());
    ArrayNode files = root.putArray("files");
    for (FileResult file : result.files()) {
      ObjectNode f = files.addObject();
      f.put("path", file.input().displayPath());
      f.put("documents", file.documentsLinted());
      f.put("skippedDocuments", file.documentsSkipped());
      ArrayNode findings = f.putArray("findings");
      for (Finding finding : file.findings()) {
        findings.add(finding(finding));
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", result.specFiles());
    summary.put("documents", result.documentsLinted());
    summary.put("skippedDocuments", result.documentsSkipped());
    summary.put("errors", result.count(Level.ERROR));
    summary.put("warnings", result.count(Level.WARNING));
    summary.put("notes", result.count(Level.NOTE));
    summary.put("suppressed", result.suppressedCount());
    if (result.baselineUsed()) {
      ObjectNode baseline = summary.putObject("baseline");
      baseline.put("unchanged", result.unchangedCount());
      baseline.put("fixed", result.fixed().size());
      ArrayNode fixed = baseline.putArray("fixedEntries");
      for (BaselineEntry e : result.fixed()) {
        fixed.addObject().put("file", e.file()).put("code", e.rule()).put("document", e.document())
            .put("pointer", e.pointer()).put("message", e.message());
      }
    }
    summary.put("excludedFiles", result.excludedFiles());
    summary.put("exitCode", ctx.exitCode());
    out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  static ObjectNode finding(Finding f) {
    ObjectNode n = NODES.objectNode();
    n.put("code", f.rule().code());
    n.put("name", f.rule().name());
    n.put("level", f.level().id());
    n.put("message", f.message());
    n.put("document", f.document());
    n.put("pointer", f.pointer());
    n.set("region", region(f.region()));
    n.put("fingerprint", f.fingerprint());
    if (f.suppression() != null) {
      n.putObject("suppression").put("kind", f.suppression().kind().sarifId())
          .put("reason", f.suppression().reason()).put("origin", f.suppression().origin());
    }
    if (f.baselineState() != null) {
      n.put("baselineState", f.baselineState().sarifId());
    }
    return n;
  }

  static ObjectNode region(Region r) {
    ObjectNode n = NODES.objectNode();
    n.put("startLine", r.startLine());
    n.put("startColumn", r.startColumn());
    n.put("endLine", r.endLine());
    n.put("endColumn", r.endColumn());
    return n;
  }
}
