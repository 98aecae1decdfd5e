package dev.pmlint.cli;

import dev.pmlint.check.DocumentCheck;
import dev.pmlint.config.Setting;
import dev.pmlint.config.Settings;
import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.InputCollector;
import dev.pmlint.lint.Linter;
import dev.pmlint.lint.RunResult;
import dev.pmlint.lint.SpecInput;
import dev.pmlint.lint.StageTimes;
import dev.pmlint.model.Finding;
import dev.pmlint.policy.Inventory;
import dev.pmlint.policy.PolicyCheck;
import dev.pmlint.policy.PolicyEngine;
import dev.pmlint.policy.WasmEngine;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.schema.SchemaCheck;
import dev.pmlint.schema.SpecSchema;
import dev.pmlint.source.InputLimits;
import dev.pmlint.source.SpecReader;
import dev.pmlint.suppress.Suppressor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How files are linted: shared by {@code check} and {@code baseline write}. */
final class LintOptions {

  @Mixin ConfigOptions config;

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "Name to report for standard input; its extension picks JSON or YAML.")
  String stdinFilename;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Files linted in parallel (default: the number of processors).")
  Integer jobs;

  @Option(names = "--wasm-engine", defaultValue = "compiler", paramLabel = "ENGINE",
      description = "How the policies run: compiler (the module as JVM bytecode, compiled at build time)"
          + " or interpreter (Chicory's interpreter; slow, to cross-check the compiled code)"
          + " (default: ${DEFAULT-VALUE}).")
  WasmEngine wasmEngine;

  @Option(names = "--skip-non-specs",
      description = "Treat files named on the command line like walked ones: skip documents with no"
          + " CreatePaymentManager member (for hooks that pass every JSON and YAML file).")
  boolean skipNonSpecs;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Option(names = "--timings",
      description = "Print to standard error the time each stage of linting took (summed over worker threads).")
  boolean timings;

  /** A finished run and the settings it used. */
  record Outcome(RunResult result, Settings settings, RuleCatalog catalog) {}

  /**
   * Lints the paths (the current directory when none) as configured. {@code ownFiles} are
   * pmlint's own files (a baseline), never linted as specs; the config file never is either.
   */
  Outcome lint(List<String> paths, PrintWriter err, Path... ownFiles) {
    Path root = Path.of("").toAbsolutePath().normalize();
    RuleCatalog catalog = Catalogs.load();
    Settings settings = config.resolve(catalog, root);
    List<String> given = paths.isEmpty() ? List.of(".") : paths;
    long stdinCount = given.stream().filter("-"::equals).count();
    if (stdinCount > 1) {
      throw new Main.UsageError("'-' (standard input) may be given only once");
    }
    if (stdinFilename != null && stdinCount == 0) {
      throw new Main.UsageError("--stdin-filename needs '-' among the paths");
    }
    List<SpecInput> collected;
    try {
      collected = new InputCollector(root).collect(
          given.stream().filter(p -> !p.equals("-")).map(Path::of).toList());
    } catch (InputCollector.MissingPathException e) {
      throw new Main.UsageError(e.getMessage());
    }
    // include/exclude apply to named files too, so a hook that passes every changed file obeys them.
    Set<Path> own = new HashSet<>();
    for (Path p : ownFiles) {
      own.add(p.toAbsolutePath().normalize());
    }
    settings.file().ifPresent(f -> own.add(f.path().toAbsolutePath().normalize()));
    // Named explicitly they are linted (and fail as specs), unless a hook passes every YAML/JSON file.
    collected = collected.stream()
        .filter(i -> !(own.contains(i.path().orElseThrow()) && (!i.explicit() || skipNonSpecs))).toList();
    List<SpecInput> inputs = collected.stream().filter(i -> settings.selects(i.path().orElseThrow()))
        .map(i -> skipNonSpecs ? new SpecInput(i.displayPath(), i.path(), false, i.format()) : i).toList();
    int excluded = collected.size() - inputs.size();

    String data;
    try {
      data = Inventory.dataJson(settings.context().value(), settings.configuredOptions());
    } catch (Inventory.InventoryException e) {
      String from = settings.context().source();
      throw new Main.UsageError((from.equals(Setting.COMMAND_LINE) ? "--context" : "context (" + from + ")")
          + ": " + e.getMessage());
    }
    int expected = inputs.size() + (int) stdinCount;
    PolicyEngine policies = new PolicyEngine(wasmEngine, data);
    if (expected > 0) {
      // Loading the policy module is the longest start-up step: overlap it with the rest.
      policies.warmUpInBackground();
    }
    SpecSchema schema = SpecSchema.load();
    InputLimits limits = InputLimits.DEFAULT;
    List<DocumentCheck> checks = List.of(new SchemaCheck(schema),
        new PolicyCheck(policies, catalog.rules(Rule.Origin.POLICY), limits));
    Suppressor suppressor = new Suppressor(catalog, settings.ruleLevels(), settings.suppressions(), settings.base());
    StageTimes times = timings ? StageTimes.on() : StageTimes.off();
    Linter linter = new Linter(new SpecReader(limits), checks, schema.topLevelMembers(), suppressor, times);
    int threads = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
    List<FileResult> files = new ArrayList<>(linter.lintAll(inputs, threads));
    if (stdinCount == 1) {
      files.add(linter.lint(SpecInput.stdin(stdinFilename == null ? "<stdin>" : stdinFilename), System.in));
    }
    if (timings) {
      long sinceJvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
      times.report(err, sinceJvmStart, Linter.workers(inputs.size(), threads));
    }
    settings.file().ifPresent(configFile -> {
      SpecInput input = SpecInput.config(configFile.path(), root);
      List<Finding> findings = suppressor.configFindings(input.displayPath());
      if (!findings.isEmpty()) {
        files.add(new FileResult(input, findings, 0, 0, Optional.empty()));
      }
    });
    RunResult result = new RunResult(root, files, false, List.of(), excluded);
    reportInternalErrors(result, err);
    return new Outcome(result, settings, catalog);
  }

  private void reportInternalErrors(RunResult result, PrintWriter err) {
    for (FileResult f : result.files()) {
      f.internalError().ifPresent(e -> {
        err.println("pmlint: internal error while linting " + f.input().displayPath() + ": " + e
            + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
          e.printStackTrace(err);
        }
      });
    }
  }
}
