package dev.pmlint.cli;

import dev.pmlint.baseline.Baseline;
import dev.pmlint.lint.RunResult;
import dev.pmlint.model.Plural;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pmlint baseline}: records today's findings so that only new ones fail. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = "Manage baseline files (accepted findings; check --baseline fails only on new ones).",
    subcommands = {BaselineCommand.Write.class})
final class BaselineCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "write", mixinStandardHelpOptions = true,
      description = {
          "Lint PATHs as check does and write every finding that counts to FILE, keyed by rule, file,"
              + " document, JSON Pointer and value (not by line). Suppressed findings are left out.",
          "Paths in FILE are relative to its directory. Exits 0 once written, whatever was found."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the baseline was written", "2:usage, configuration or internal error"})
  static final class Write implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The baseline file to write, e.g. .pmlint-baseline.json.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*",
        description = "Files or directories to lint (default: the current directory); - for stdin.")
    List<String> paths = new ArrayList<>();

    @Mixin LintOptions lint;

    @Override
    public Integer call() {
      LintOptions.Outcome outcome = lint.lint(paths, spec.commandLine().getErr(), file);
      RunResult result = outcome.result();
      if (result.hasInternalError()) {
        return ExitCodes.ERROR;
      }
      Baseline baseline = Baseline.of(result, file);
      try {
        baseline.write(file);
      } catch (IOException e) {
        throw new Main.UsageError("cannot write " + file + ": " + e.getMessage());
      }
      long files = baseline.entries().stream().map(e -> e.file()).distinct().count();
      PrintWriter out = spec.commandLine().getOut();
      out.println("Wrote " + Plural.of(baseline.entries().size(), "finding")
          + " in " + Plural.of(files, "file") + " to " + file
          + "; pmlint check --baseline " + file + " now fails only on new findings.");
      return ExitCodes.OK;
    }
  }
}
