package dev.pmlint.config;

import dev.pmlint.lint.Glob;
import dev.pmlint.model.Level;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.rules.RuleLevels;
import dev.pmlint.suppress.ExternalSuppression;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The settings a run uses: the command line over the config file over the defaults, each with
 * where it came from.
 *
 * @param file the config file in use, if any
 * @param base the directory include/exclude globs are relative to (the config's, else the
 *     working directory)
 * @param rules levels that differ from the rules' defaults, by code (an empty level: off)
 * @param options rule options set in the config, by rule code and option name
 */
public record Settings(
    Optional<ConfigFile> file,
    Path base,
    Setting<Optional<Level>> failLevel,
    Setting<List<Path>> context,
    Setting<List<Glob>> include,
    Setting<List<Glob>> exclude,
    Map<String, Setting<Optional<Level>>> rules,
    Map<String, Map<String, Setting<JsonNode>>> options,
    List<ExternalSuppression> suppressions) {

  /** What the command line sets; empty or null means "not given". */
  public record CommandLine(Optional<Level> failLevel, boolean failLevelGiven, List<Path> context,
      Map<String, Optional<Level>> rules) {}

  public static Settings resolve(Optional<ConfigFile> file, CommandLine cli, Path workingDirectory) {
    Path base = file.map(ConfigFile::directory).orElse(workingDirectory.toAbsolutePath().normalize());
    Setting<Optional<Level>> failLevel = cli.failLevelGiven()
        ? Setting.fromCommandLine(cli.failLevel())
        : file.flatMap(ConfigFile::failLevel).orElse(Setting.byDefault(Optional.of(Level.ERROR)));
    Setting<List<Path>> context = !cli.context().isEmpty()
        ? Setting.fromCommandLine(List.copyOf(cli.context()))
        : file.flatMap(ConfigFile::context).orElse(Setting.byDefault(List.of()));
    Setting<List<Glob>> include = file.flatMap(ConfigFile::include).orElse(Setting.byDefault(List.of()));
    Setting<List<Glob>> exclude = file.flatMap(ConfigFile::exclude).orElse(Setting.byDefault(List.of()));
    Map<String, Setting<Optional<Level>>> rules = new LinkedHashMap<>();
    file.ifPresent(f -> rules.putAll(f.rules()));
    cli.rules().forEach((code, level) -> rules.put(code, Setting.fromCommandLine(level)));
    List<ExternalSuppression> suppressions = file.map(ConfigFile::suppressions).orElse(List.of());
    Map<String, Map<String, Setting<JsonNode>>> options = file.map(ConfigFile::options).orElse(Map.of());
    return new Settings(file, base, failLevel, context, include, exclude, Map.copyOf(rules), options, suppressions);
  }

  /**
   * Every option of every rule that has options, with its effective value: the config's, else
   * the rule's declared default.
   */
  public Map<String, Map<String, JsonNode>> effectiveOptions(RuleCatalog catalog) {
    Map<String, Map<String, JsonNode>> all = new TreeMap<>();
    for (Rule rule : catalog.rules()) {
      rule.options().forEach((name, schema) -> {
        Setting<JsonNode> set = options.getOrDefault(rule.code(), Map.of()).get(name);
        all.computeIfAbsent(rule.code(), c -> new TreeMap<>()).put(name, set != null ? set.value() : schema.path("default"));
      });
    }
    return all;
  }

  /**
   * The options the config sets, as the policies read them ({@code data.options}). Unset options
   * are left out: each rule's Rego {@code default} holds its declared default (a test checks they
   * agree), which keeps JSON writing off the start-up path of runs without options.
   */
  public Map<String, Map<String, JsonNode>> configuredOptions() {
    Map<String, Map<String, JsonNode>> set = new TreeMap<>();
    options.forEach((code, values) -> values.forEach((name, setting) ->
        set.computeIfAbsent(code, c -> new TreeMap<>()).put(name, setting.value())));
    return set;
  }

  public RuleLevels ruleLevels() {
    Map<String, Optional<Level>> levels = new LinkedHashMap<>();
    rules.forEach((code, setting) -> levels.put(code, setting.value()));
    return new RuleLevels(levels);
  }

  /**
   * Whether include/exclude let a file be linted: it must match an include glob (when there are
   * any) and no exclude glob. Files outside the base directory are always linted.
   */
  public boolean selects(Path file) {
    return Glob.relativePath(base, file).map(relative -> {
      boolean included = include.value().isEmpty() || include.value().stream().anyMatch(g -> g.matches(relative));
      return included && exclude.value().stream().noneMatch(g -> g.matches(relative));
    }).orElse(true);
  }
}
