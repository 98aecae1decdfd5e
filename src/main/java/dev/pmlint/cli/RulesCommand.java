package dev.pmlint.cli;

import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code pmlint rules}: every rule with its code, name, default level and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: code, name, default level and summary.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleCatalog catalog = Catalogs.load();
    if (format.equalsIgnoreCase("json")) {
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      for (Rule r : catalog.rules()) {
        ObjectNode n = list.addObject();
        n.put("code", r.code());
        n.put("name", r.name());
        n.put("level", r.defaultLevel().id());
        n.put("summary", r.summary());
        n.put("origin", r.origin().name().toLowerCase(java.util.Locale.ROOT));
        if (!r.options().isEmpty()) {
          ObjectNode options = n.putObject("options");
          r.options().forEach(options::set);
        }
      }
      out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(list));
      return ExitCodes.OK;
    }
    if (format.equalsIgnoreCase("markdown")) {
      out.print(markdownTable(catalog));
      return ExitCodes.OK;
    }
    if (!format.equalsIgnoreCase("text")) {
      throw new Main.UsageError("unknown format '" + format + "' for rules (text, json, markdown)");
    }
    int nameWidth = catalog.rules().stream().mapToInt(r -> r.name().length()).max().orElse(10);
    String row = "%-6s %-" + nameWidth + "s %-8s %s%n";
    out.printf(row, "CODE", "NAME", "LEVEL", "SUMMARY");
    for (Rule r : catalog.rules()) {
      out.printf(row, r.code(), r.name(), r.defaultLevel().id(), r.summary());
    }
    return ExitCodes.OK;
  }

  /** The rule table of README.md and docs/rules/README.md; a test keeps them equal to this. */
  static String markdownTable(RuleCatalog catalog) {
    StringBuilder sb = new StringBuilder("| Code | Name | Level | Summary |\n|---|---|---|---|\n");
    for (Rule r : catalog.rules()) {
      sb.append("| ").append(r.code()).append(" | [").append(r.name()).append("](docs/rules/")
          .append(r.docFileName()).append(") | ").append(r.defaultLevel().id()).append(" | ")
          .append(r.summary()).append(" |\n");
    }
    return sb.toString();
  }
}
