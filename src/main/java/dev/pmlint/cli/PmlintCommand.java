package dev.pmlint.cli;

import dev.pmlint.report.ToolInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: only wiring and help. */
@Command(
    name = "pmlint",
    mixinStandardHelpOptions = true,
    versionProvider = PmlintCommand.Version.class,
    description = "Lints Amazon Bedrock AgentCore CreatePaymentManager specs (JSON or YAML) offline.",
    subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, BaselineCommand.class,
        ConfigCommand.class, InitCommand.class,
        picocli.CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = ExitCodes.ERROR,
    exitCodeOnExecutionException = ExitCodes.ERROR,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above the fail level",
        "1:findings at or above the fail level",
        "2:usage, configuration or internal error"})
public final class PmlintCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code pmlint --version}: tool version and the AWS model date the schema follows. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      ToolInfo tool = ToolInfo.load();
      return new String[] {
        tool.name() + " " + tool.version(),
        "schema: CreatePaymentManager, AWS API model of " + tool.modelDate(),
        "java: " + System.getProperty("java.version")
      };
    }
  }
}
