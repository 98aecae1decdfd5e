package dev.pmlint.cli;

import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.schema.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pmlint explain PM003}: prints the rule's page. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Print a rule's documentation page (by code such as PM003, or by name).")
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "Rule code (PM003) or name (unknown-member).")
  String rule;

  @Override
  public Integer call() {
    RuleCatalog catalog = Catalogs.load();
    Rule found = catalog.find(rule).orElseThrow(() -> {
      List<String> known = new ArrayList<>();
      catalog.rules().forEach(r -> { known.add(r.code()); known.add(r.name()); });
      String hint = Suggestions.closest(rule, known).map(s -> "; did you mean " + s + "?").orElse("; see `pmlint rules`");
      return new Main.UsageError("unknown rule '" + rule + "'" + hint);
    });
    String page = RuleCatalog.page(found).orElseThrow(
        () -> new IllegalStateException("no documentation page for " + found.code()));
    spec.commandLine().getOut().print(page.endsWith("\n") ? page : page + "\n");
    return ExitCodes.OK;
  }
}
