package dev.pmlint.cli;

import dev.pmlint.config.ConfigFile;
import dev.pmlint.config.Setting;
import dev.pmlint.config.Settings;
import dev.pmlint.lint.Glob;
import dev.pmlint.lint.SpecInput;
import dev.pmlint.model.Level;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.suppress.ExternalSuppression;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code pmlint config show}: the settings in effect and where each comes from. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Inspect the configuration.",
    subcommands = {ConfigCommand.Show.class})
final class ConfigCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {
          "Print the settings pmlint check would use here, as YAML, each with where it comes from:"
              + " the command line, the config file (file:line) or the default.",
          "Takes the same settings options as check. Exits 2 when the config file is invalid."})
  static final class Show implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ConfigOptions config;

    @Override
    public Integer call() {
      Path root = Path.of("").toAbsolutePath().normalize();
      RuleCatalog catalog = Catalogs.load();
      Settings settings = config.resolve(catalog, root);
      PrintWriter out = spec.commandLine().getOut();
      out.println("# config file: " + settings.file().map(ConfigFile::displayPath)
          .orElse(config.noConfig ? "none (--no-config)" : "none found (searched up to the repository root)"));
      out.println(line("fail-level: " + settings.failLevel().value().map(Level::id).orElse("none"),
          settings.failLevel().source()));
      list(out, "context", settings.context().value().stream()
          .map(p -> SpecInput.displayPath(p, root)).toList(), settings.context().source());
      list(out, "include", settings.include().value().stream().map(Glob::toString).toList(),
          settings.include().source() + (settings.include().value().isEmpty() ? " (empty: every *.json, *.yaml, *.yml file)" : ""));
      list(out, "exclude", settings.exclude().value().stream().map(Glob::toString).toList(), settings.exclude().source());
      out.println(line("rules:", "other rules at their default level (pmlint rules)"));
      Map<String, Map<String, JsonNode>> options = settings.effectiveOptions(catalog);
      Set<String> codes = new TreeSet<>(settings.rules().keySet());
      codes.addAll(options.keySet());
      for (String code : codes) {
        Setting<Optional<Level>> level = settings.rules().get(code);
        String name = catalog.find(code).map(x -> x.name()).orElse("");
        if (!options.containsKey(code)) {
          out.println(line("  " + code + ": {level: " + level.value().map(Level::id).orElse("off") + "}",
              level.source() + "  " + name));
          continue;
        }
        out.println(line("  " + code + ":", name));
        if (level != null) {
          out.println(line("    level: " + level.value().map(Level::id).orElse("off"), level.source()));
        }
        Map<String, Setting<JsonNode>> set = settings.options().getOrDefault(code, Map.of());
        options.get(code).forEach((option, value) -> out.println(line("    " + option + ": " + value,
            set.containsKey(option) ? set.get(option).source() : Setting.DEFAULT)));
      }
      List<ExternalSuppression> suppressions = settings.suppressions();
      out.println(suppressions.isEmpty() ? line("suppressions: []", "default") : "suppressions:");
      for (ExternalSuppression s : suppressions) {
        StringBuilder sb = new StringBuilder("  - {file: ").append(quote(s.file().toString()))
            .append(", rule: ").append(s.rule().code());
        if (s.pointer() != null) {
          sb.append(", pointer: ").append(quote(s.pointer()));
        }
        sb.append(", reason: ").append(quote(s.reason())).append("}");
        out.println(line(sb.toString(), s.origin() + (s.reason().isBlank() ? "  (no reason: not applied, PM901)" : "")));
      }
      return ExitCodes.OK;
    }

    private static void list(PrintWriter out, String key, List<String> values, String source) {
      if (values.isEmpty()) {
        out.println(line(key + ": []", source));
        return;
      }
      out.println(line(key + ":", source));
      for (String v : values) {
        out.println("  - " + quote(v));
      }
    }

    private static String line(String yaml, String source) {
      return String.format("%-40s # %s", yaml, source);
    }

    /** A double-quoted YAML scalar (JSON string syntax is valid YAML). */
    private static String quote(String s) {
      return JsonMapper.shared().writeValueAsString(s);
    }
  }
}
