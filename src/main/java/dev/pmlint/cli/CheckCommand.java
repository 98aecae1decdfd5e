package dev.pmlint.cli;

import dev.pmlint.check.DocumentCheck;
import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.InputCollector;
import dev.pmlint.lint.Linter;
import dev.pmlint.lint.RunResult;
import dev.pmlint.lint.SpecInput;
import dev.pmlint.model.Level;
import dev.pmlint.policy.Inventory;
import dev.pmlint.policy.PolicyCheck;
import dev.pmlint.policy.PolicyEngine;
import dev.pmlint.policy.WasmEngine;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.report.Format;
import dev.pmlint.report.ReportContext;
import dev.pmlint.report.ToolInfo;
import dev.pmlint.schema.SchemaCheck;
import dev.pmlint.schema.SpecSchema;
import dev.pmlint.source.InputLimits;
import dev.pmlint.source.SpecReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pmlint check}: lints files, directories and stdin, and reports. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {
        "Lint payment manager specs.",
        "Directories are walked for *.json, *.yaml and *.yml (skipping .git, node_modules, target,"
            + " build); there, documents with no CreatePaymentManager member are skipped. Files named"
            + " on the command line are always linted. Use - to read standard input."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above the fail level",
        "1:findings at or above the fail level",
        "2:usage, configuration or internal error"})
final class CheckCommand implements Callable<Integer> {

  enum ColorMode { AUTO, ALWAYS, NEVER }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to lint (default: the current directory); - for stdin.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
      description = "Output format: text, json, sarif, github, junit, gitlab (default: text). Repeatable;"
          + " FORMAT=FILE writes that format to FILE, e.g. --format sarif=results.sarif --format text.")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report of the format given without =FILE to FILE instead of stdout.")
  Path output;

  @Option(names = "--automation-id", paramLabel = "ID",
      description = "SARIF automationDetails.id, e.g. payment-specs/prod (GitHub reads the part before the last / as category).")
  String automationId;

  @Option(names = "--fail-level", defaultValue = "error", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at this level or above: error, warning, note, none"
          + " (default: ${DEFAULT-VALUE}).")
  String failLevel;

  @Option(names = {"-q", "--quiet"}, description = "Print findings only, no summary.")
  boolean quiet;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "Colour text output: auto, always, never (default: ${DEFAULT-VALUE}; NO_COLOR disables auto).")
  ColorMode color;

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "Name to report for standard input; its extension picks JSON or YAML.")
  String stdinFilename;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Files linted in parallel (default: the number of processors).")
  Integer jobs;

  @Option(names = "--context", paramLabel = "FILE",
      description = "Network inventory for the PM5xx rules: the JSON output of aws ec2 describe-subnets,"
          + " describe-security-groups or describe-vpcs (repeatable).")
  List<Path> contextFiles = new ArrayList<>();

  @Option(names = "--wasm-engine", defaultValue = "auto", paramLabel = "ENGINE",
      description = "How the policies run: auto, compiler, interpreter (default: ${DEFAULT-VALUE}:"
          + " the interpreter for short runs, the compiler for long ones).")
  WasmEngine wasmEngine;

  @Option(names = "--skip-non-specs",
      description = "Treat files named on the command line like walked ones: skip documents with no"
          + " CreatePaymentManager member (for hooks that pass every JSON and YAML file).")
  boolean skipNonSpecs;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    Level threshold = parseFailLevel(failLevel);
    List<Target> targets = targets();
    Path root = Path.of("").toAbsolutePath().normalize();
    List<String> given = paths.isEmpty() ? List.of(".") : paths;
    long stdinCount = given.stream().filter("-"::equals).count();
    if (stdinCount > 1) {
      throw new Main.UsageError("'-' (standard input) may be given only once");
    }
    if (stdinFilename != null && stdinCount == 0) {
      throw new Main.UsageError("--stdin-filename needs '-' among the paths");
    }
    List<SpecInput> inputs;
    try {
      inputs = new InputCollector(root).collect(
          given.stream().filter(p -> !p.equals("-")).map(Path::of).toList());
      if (skipNonSpecs) {
        inputs = inputs.stream()
            .map(i -> new SpecInput(i.displayPath(), i.path(), false, i.format())).toList();
      }
    } catch (InputCollector.MissingPathException e) {
      throw new Main.UsageError(e.getMessage());
    }

    String data;
    try {
      data = Inventory.dataJson(contextFiles);
    } catch (Inventory.InventoryException e) {
      throw new Main.UsageError("--context: " + e.getMessage());
    }
    int expected = inputs.size() + (int) stdinCount;
    PolicyEngine policies = new PolicyEngine(wasmEngine.resolve(expected), data);
    if (expected > 0) {
      // Loading the policy module is the longest start-up step: overlap it with the rest.
      policies.warmUpInBackground();
    }
    RuleCatalog catalog = Catalogs.load();
    SpecSchema schema = SpecSchema.load();
    InputLimits limits = InputLimits.DEFAULT;
    List<DocumentCheck> checks = List.of(new SchemaCheck(schema),
        new PolicyCheck(policies, catalog.rules(Rule.Origin.POLICY), limits));
    Linter linter = new Linter(new SpecReader(limits), checks, schema.topLevelMembers());
    int threads = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
    List<FileResult> files = new ArrayList<>(linter.lintAll(inputs, threads));
    if (stdinCount == 1) {
      files.add(linter.lint(SpecInput.stdin(stdinFilename == null ? "<stdin>" : stdinFilename), System.in));
    }
    RunResult result = new RunResult(root, files);
    reportInternalErrors(result);

    int exitCode = result.hasInternalError() ? ExitCodes.ERROR
        : result.failsAt(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    ToolInfo tool = ToolInfo.load();
    for (Target target : targets) {
      ReportContext context = new ReportContext(tool, catalog,
          target.file() == null && useColor(target.format()), quiet, exitCode, threshold, automationId);
      write(result, context, target);
    }
    return exitCode;
  }

  private static Level parseFailLevel(String text) {
    if (text.equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Level.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageError("--fail-level must be error, warning, note or none, not '" + text + "'");
    }
  }

  private void reportInternalErrors(RunResult result) {
    PrintWriter err = spec.commandLine().getErr();
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

  /** A format and where it goes (null file: stdout). */
  record Target(Format format, Path file) {}

  private List<Target> targets() {
    List<String> given = formats.isEmpty() ? List.of("text") : formats;
    List<Target> targets = new ArrayList<>();
    int bare = 0; // formats without =FILE: they go to --output, or to stdout
    for (String spec : given) {
      int eq = spec.indexOf('=');
      String name = eq < 0 ? spec : spec.substring(0, eq);
      Format format;
      try {
        format = Format.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new Main.UsageError("unknown format '" + name + "' (text, json, sarif, github, junit, gitlab)");
      }
      if (eq < 0) {
        bare++;
      }
      targets.add(new Target(format, eq < 0 ? output : Path.of(spec.substring(eq + 1))));
    }
    if (output == null && bare > 1) {
      throw new Main.UsageError("only one format can go to standard output; give the others a file (FORMAT=FILE)");
    }
    if (output != null && bare != 1) {
      throw new Main.UsageError("--output needs exactly one --format without =FILE");
    }
    return targets;
  }

  private boolean useColor(Format format) {
    if (format != Format.TEXT) {
      return false;
    }
    return switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
          && !"dumb".equals(System.getenv("TERM"));
    };
  }

  private void write(RunResult result, ReportContext context, Target target) {
    if (target.file() == null) {
      PrintWriter out = spec.commandLine().getOut();
      target.format().reporter().write(result, context, out);
      out.flush();
      return;
    }
    try {
      Path parent = target.file().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (PrintWriter out = new PrintWriter(new OutputStreamWriter(
          Files.newOutputStream(target.file()), StandardCharsets.UTF_8))) {
        target.format().reporter().write(result, context, out);
      }
    } catch (IOException e) {
      throw new Main.UsageError("cannot write " + target.file() + ": " + e.getMessage());
    }
  }
}
