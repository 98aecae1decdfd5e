package dev.pmlint.cli;

import dev.pmlint.baseline.Baseline;
import dev.pmlint.lint.RunResult;
import dev.pmlint.model.Level;
import dev.pmlint.report.Format;
import dev.pmlint.report.ReportContext;
import dev.pmlint.report.ToolInfo;
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
import picocli.CommandLine.Mixin;
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
            + " on the command line are always linted, unless the config's include/exclude leave them"
            + " out. Use - to read standard input.",
        "Settings come from the command line, then the nearest .pmlint.yaml, then the defaults."},
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

  @Option(names = {"-q", "--quiet"}, description = "Print findings only, no summary.")
  boolean quiet;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "Colour text output: auto, always, never (default: ${DEFAULT-VALUE}; NO_COLOR disables auto).")
  ColorMode color;

  @Option(names = "--show-suppressed",
      description = "Also list suppressed findings and findings in the baseline in text output, with why.")
  boolean showSuppressed;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Fail only on findings not in this baseline (written by pmlint baseline write).")
  Path baseline;

  @Mixin LintOptions lint;

  @Override
  public Integer call() {
    List<Target> targets = targets();
    Baseline accepted = null;
    if (baseline != null) {
      try {
        accepted = Baseline.read(baseline);
      } catch (Baseline.BaselineException e) {
        throw new Main.UsageError(e.getMessage());
      }
    }
    LintOptions.Outcome outcome = baseline == null ? lint.lint(paths, spec.commandLine().getErr())
        : lint.lint(paths, spec.commandLine().getErr(), baseline);
    RunResult result = accepted == null ? outcome.result() : accepted.compare(outcome.result());
    Level threshold = outcome.settings().failLevel().value().orElse(null);
    int exitCode = result.hasInternalError() ? ExitCodes.ERROR
        : result.failsAt(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    ToolInfo tool = ToolInfo.load();
    for (Target target : targets) {
      ReportContext context = new ReportContext(tool, outcome.catalog(),
          target.file() == null && useColor(target.format()), quiet, exitCode, threshold, automationId,
          showSuppressed, outcome.settings().ruleLevels());
      write(result, context, target);
    }
    return exitCode;
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
