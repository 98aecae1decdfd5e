package dev.pmlint.cli;

import dev.pmlint.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pmlint init}: writes a commented starter {@code .pmlint.yaml}. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write a commented starter .pmlint.yaml in the current directory (every key, set to its default).")
final class InitCommand implements Callable<Integer> {

  static final String STARTER = "/pmlint/config/starter.pmlint.yaml";

  @Spec CommandSpec spec;

  @Option(names = "--force", description = "Overwrite an existing .pmlint.yaml.")
  boolean force;

  @Override
  public Integer call() {
    Path file = Path.of(ConfigLoader.FILE_NAME);
    if (Files.exists(file) && !force) {
      throw new Main.UsageError(ConfigLoader.FILE_NAME + " already exists; use --force to overwrite it");
    }
    try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IllegalStateException("starter config missing: " + STARTER);
      }
      Files.write(file, in.readAllBytes());
    } catch (IOException e) {
      throw new Main.UsageError("cannot write " + file + ": " + e.getMessage());
    }
    spec.commandLine().getOut().println("Wrote " + ConfigLoader.FILE_NAME
        + "; pmlint config show prints the settings in effect.");
    return ExitCodes.OK;
  }
}
