package dev.pmlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point: wires picocli, maps failures to exit code 2, exits. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /** Runs pmlint as the command line would; used by tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof UsageError) {
        ex.getMessage().lines().forEach(line -> err.println("pmlint: " + line));
      } else {
        err.println("pmlint: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
      }
      if (debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.ERROR;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PmlintCommand());
    cli.setExitCodeExceptionMapper(ex -> ExitCodes.ERROR);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  /** A problem with how pmlint was called: one line on stderr, exit 2. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }
}
