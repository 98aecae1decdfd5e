package dev.pmlint.report;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.RunResult;
import dev.pmlint.lint.Fingerprints;
import dev.pmlint.model.BaselineEntry;
import dev.pmlint.model.Finding;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0: one run, the whole rule catalogue in {@code tool.driver.rules}, results with
 * repo-relative URIs under {@code %SRCROOT%}, code-point columns, and line-independent
 * fingerprints; suppressed findings stay in with their justification, and with a baseline each
 * result has a {@code baselineState} (fixed entries as {@code absent} results). Same input, same
 * bytes.
 */
final class SarifReporter implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String SRCROOT = "%SRCROOT%";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public void write(RunResult result, ReportContext ctx, PrintWriter out) {
    ObjectNode log = NODES.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    run.set("tool", tool(ctx));
    if (ctx.automationId() != null) {
      run.putObject("automationDetails").put("id", ctx.automationId());
    }
    run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", rootUri(result.root()));
    ArrayNode results = run.putArray("results");
    for (FileResult file : result.files()) {
      for (Finding f : file.findings()) {
        results.add(result(f, file, ctx.catalog()));
      }
    }
    for (BaselineEntry fixed : result.fixed()) {
      absent(fixed, ctx.catalog()).ifPresent(results::add);
    }
    run.put("columnKind", "unicodeCodePoints");
    run.set("invocations", NODES.arrayNode().add(invocation(result, ctx)));
    out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(log));
  }

  private static ObjectNode tool(ReportContext ctx) {
    ObjectNode driver = NODES.objectNode();
    driver.put("name", ctx.tool().name());
    driver.put("version", ctx.tool().version());
    driver.put("semanticVersion", ctx.tool().version());
    driver.put("informationUri", ctx.tool().informationUri());
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : ctx.catalog().rules()) {
      rules.add(rule(rule, ctx.tool()));
    }
    ObjectNode tool = NODES.objectNode();
    tool.set("driver", driver);
    return tool;
  }

  private static ObjectNode rule(Rule rule, ToolInfo tool) {
    String page = RuleCatalog.page(rule).orElse("# " + rule.code() + " " + rule.name() + "\n\n" + rule.summary() + ".\n");
    ObjectNode r = NODES.objectNode();
    r.put("id", rule.code());
    r.put("name", rule.name());
    r.putObject("shortDescription").put("text", rule.summary() + ".");
    r.putObject("fullDescription").put("text", firstParagraph(page, rule));
    ObjectNode help = r.putObject("help");
    help.put("text", page);
    help.put("markdown", page);
    r.put("helpUri", tool.ruleUri(rule.docFileName()));
    r.putObject("defaultConfiguration").put("level", rule.defaultLevel().id());
    ObjectNode props = r.putObject("properties");
    ArrayNode tags = props.putArray("tags").add(rule.origin().name().toLowerCase(java.util.Locale.ROOT)).add("payment-manager");
    props.put("precision", "very-high");
    if (!rule.securitySeverity().isEmpty()) {
      tags.add("security"); // GitHub lists rules with security-severity as security alerts
      props.put("security-severity", rule.securitySeverity());
    }
    return r;
  }

  /** The first paragraph of the rule page's first section: what the rule finds. */
  static String firstParagraph(String page, Rule rule) {
    String[] blocks = page.split("\\R\\s*\\R");
    for (String block : blocks) {
      String b = block.strip();
      if (!b.isEmpty() && !b.startsWith("#") && !b.startsWith("|") && !b.startsWith("```")
          && !b.startsWith("**") && !b.startsWith("<!--")) {
        return b.replaceAll("\\s*\\R\\s*", " ");
      }
    }
    return rule.summary() + ".";
  }

  private static ObjectNode result(Finding f, FileResult file, RuleCatalog catalog) {
    ObjectNode r = NODES.objectNode();
    r.put("ruleId", f.rule().code());
    r.put("ruleIndex", catalog.indexOf(f.rule()));
    r.put("level", f.level().id());
    r.putObject("message").put("text", f.message());
    ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
    physical.set("artifactLocation", artifact(file.input().displayPath()));
    ObjectNode region = physical.putObject("region");
    region.put("startLine", f.region().startLine());
    region.put("startColumn", f.region().startColumn());
    region.put("endLine", f.region().endLine());
    region.put("endColumn", f.region().endColumn());
    r.putObject("partialFingerprints").put("primaryLocationLineHash", f.fingerprint());
    if (f.suppression() != null) {
      ObjectNode s = r.putArray("suppressions").addObject();
      s.put("kind", f.suppression().kind().sarifId());
      s.put("status", "accepted");
      s.put("justification", f.suppression().reason());
      s.putObject("properties").put("origin", f.suppression().origin());
    }
    if (f.baselineState() != null) {
      r.put("baselineState", f.baselineState().sarifId());
    }
    ObjectNode props = r.putObject("properties");
    props.put("pointer", f.pointer());
    props.put("document", f.document());
    return r;
  }

  /** A baseline entry no finding matches any more: SARIF's {@code absent} result, file-level. */
  private static java.util.Optional<ObjectNode> absent(BaselineEntry e, RuleCatalog catalog) {
    return catalog.find(e.rule()).map(rule -> {
      ObjectNode r = NODES.objectNode();
      r.put("ruleId", rule.code());
      r.put("ruleIndex", catalog.indexOf(rule));
      r.put("kind", "pass");
      r.put("level", "none");
      r.putObject("message").put("text", "Fixed since the baseline: " + e.message());
      r.putArray("locations").addObject().putObject("physicalLocation").set("artifactLocation", artifact(e.file()));
      r.putObject("partialFingerprints").put("primaryLocationLineHash",
          Fingerprints.fingerprint(rule.code(), e.file(), e.document(), e.pointer(), e.value()));
      r.put("baselineState", "absent");
      ObjectNode props = r.putObject("properties");
      props.put("pointer", e.pointer());
      props.put("document", e.document());
      return r;
    });
  }

  private static ObjectNode artifact(String displayPath) {
    ObjectNode a = NODES.objectNode();
    if (Path.of(displayPath).isAbsolute()) {
      a.put("uri", Path.of(displayPath).toUri().toString());
    } else {
      a.put("uri", relativeUri(displayPath));
      a.put("uriBaseId", SRCROOT);
    }
    return a;
  }

  static String relativeUri(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static String rootUri(Path root) {
    String uri = root.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static ObjectNode invocation(RunResult result, ReportContext ctx) {
    ObjectNode inv = NODES.objectNode();
    inv.put("executionSuccessful", !result.hasInternalError() && ctx.exitCode() != 2);
    inv.put("exitCode", ctx.exitCode());
    ArrayNode overrides = NODES.arrayNode();
    ctx.levels().overrides().forEach((code, level) -> ctx.catalog().find(code).ifPresent(rule -> {
      ObjectNode o = overrides.addObject();
      o.putObject("descriptor").put("id", rule.code()).put("index", ctx.catalog().indexOf(rule));
      ObjectNode configuration = o.putObject("configuration");
      if (level.isPresent()) {
        configuration.put("level", level.get().id());
      } else {
        configuration.put("enabled", false);
      }
    }));
    if (!overrides.isEmpty()) {
      inv.set("ruleConfigurationOverrides", overrides);
    }
    ArrayNode notes = NODES.arrayNode();
    for (FileResult file : result.files()) {
      if (file.unreadable() || file.internalError().isPresent()) {
        ObjectNode n = notes.addObject();
        n.put("level", "error");
        String text = file.internalError().isPresent()
            ? "Internal error while linting '" + file.input().displayPath() + "'."
            : "Could not read '" + file.input().displayPath() + "': " + firstMessage(file.findings());
        n.putObject("message").put("text", text);
        n.putArray("locations").addObject().putObject("physicalLocation")
            .set("artifactLocation", artifact(file.input().displayPath()));
      }
    }
    if (!notes.isEmpty()) {
      inv.set("toolExecutionNotifications", notes);
    }
    return inv;
  }

  private static String firstMessage(List<Finding> findings) {
    return findings.isEmpty() ? "unknown problem." : findings.get(0).message();
  }
}
