package dev.pmlint.cli;

import dev.pmlint.config.ConfigException;
import dev.pmlint.config.ConfigFile;
import dev.pmlint.config.ConfigLoader;
import dev.pmlint.config.Settings;
import dev.pmlint.lint.SpecInput;
import dev.pmlint.model.Level;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The settings that the command line shares with {@code .pmlint.yaml}, and the config file choice. */
final class ConfigOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "Use this config file instead of the nearest .pmlint.yaml (searched from the working"
          + " directory up to the repository root).")
  Path config;

  @Option(names = "--no-config", description = "Ignore .pmlint.yaml: built-in defaults and the command line only.")
  boolean noConfig;

  @Option(names = "--fail-level", paramLabel = "LEVEL",
      description = "Exit 1 when a finding that counts is at this level or above: error, warning, note, none"
          + " (default: the config's fail-level, else error).")
  String failLevel;

  @Option(names = "--context", paramLabel = "FILE",
      description = "Network inventory for the PM5xx rules: the JSON output of aws ec2 describe-subnets,"
          + " describe-security-groups or describe-vpcs (repeatable; replaces the config's context).")
  List<Path> contextFiles = new ArrayList<>();

  @Option(names = "--rule", paramLabel = "CODE=LEVEL",
      description = "Set a rule's level for this run: error, warning, note or off, e.g. --rule PM204=off"
          + " (repeatable; over the config's rules).")
  List<String> rules = new ArrayList<>();

  /** The effective settings; problems with the options or the config file are usage errors (exit 2). */
  Settings resolve(RuleCatalog catalog, Path workingDirectory) {
    if (config != null && noConfig) {
      throw new Main.UsageError("--config and --no-config exclude each other");
    }
    Settings.CommandLine cli = new Settings.CommandLine(failLevel(), failLevel != null,
        List.copyOf(contextFiles), ruleLevels(catalog));
    Optional<Path> file = noConfig ? Optional.empty()
        : config != null ? Optional.of(config) : ConfigLoader.discover(workingDirectory);
    Optional<ConfigFile> loaded = Optional.empty();
    if (file.isPresent()) {
      String shown = SpecInput.displayPath(file.get(), workingDirectory);
      try {
        loaded = Optional.of(new ConfigLoader(catalog).load(file.get(), shown));
      } catch (ConfigException e) {
        List<String> lines = new ArrayList<>(e.problems());
        lines.add("the config file is not used until this is fixed (--no-config ignores it)");
        throw new Main.UsageError(String.join("\n", lines));
      }
    }
    return Settings.resolve(loaded, cli, workingDirectory);
  }

  private Optional<Level> failLevel() {
    if (failLevel == null || failLevel.equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Level.parse(failLevel));
    } catch (IllegalArgumentException e) {
      throw new Main.UsageError("--fail-level must be error, warning, note or none, not '" + failLevel + "'");
    }
  }

  private Map<String, Optional<Level>> ruleLevels(RuleCatalog catalog) {
    Map<String, Optional<Level>> levels = new LinkedHashMap<>();
    for (String spec : rules) {
      int eq = spec.indexOf('=');
      if (eq < 0) {
        throw new Main.UsageError("--rule needs CODE=LEVEL, e.g. --rule PM204=off, not '" + spec + "'");
      }
      String code = spec.substring(0, eq).trim();
      String level = spec.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
      Rule rule = catalog.find(code).orElseThrow(() -> new Main.UsageError("--rule: unknown rule '" + code
          + "' (pmlint rules lists them)"));
      if (level.equals("off")) {
        levels.put(rule.code(), Optional.empty());
      } else {
        try {
          levels.put(rule.code(), Optional.of(Level.parse(level)));
        } catch (IllegalArgumentException e) {
          throw new Main.UsageError("--rule " + code + ": level must be error, warning, note or off, not '"
              + level + "'");
        }
      }
    }
    return levels;
  }
}
