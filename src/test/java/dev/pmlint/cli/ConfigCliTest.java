package dev.pmlint.cli;

import static dev.pmlint.cli.CliTest.run;
import static dev.pmlint.cli.SuppressionCliTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** .pmlint.yaml given with --config: validation, precedence, file selection, context. */
public class ConfigCliTest {

  static final String WARNING_ONLY = """
      name: Payments
      authorizerType: AWS_IAM
      roleArn: arn:aws:iam::123456789012:role/PaymentManagerRole
      clientToken: a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7
      """;

  @Test
  void invalidConfigStopsEveryCommandWithFileLineColumn(@TempDir Path dir) throws Exception {
    Path config = write(dir, ".pmlint.yaml", """
        fail-level: warn
        rulez: {}
        rules:
          PM999: {level: off}
          PM204: {level: disabled}
        suppressions:
          - file: "*.json"
            rule: PM1O2
            reason: typo in the code
        """);
    String shown = SpecInputPaths.shown(config);
    for (String[] args : new String[][] {
        {"check", "--config", config.toString(), "samples/valid"},
        {"config", "show", "--config", config.toString()},
        {"baseline", "write", dir.resolve("b.json").toString(), "--config", config.toString(), "samples/valid"}}) {
      Run r = run(args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertEquals(String.join("\n",
          "pmlint: " + shown + ":1:13: fail-level is 'warn'; allowed: error, warning, note, none.",
          "pmlint: " + shown + ":2:1: Unknown member 'rulez' in the config file; did you mean 'rules'?",
          "pmlint: " + shown + ":4:3: Unknown member 'PM999' in rules.",
          "pmlint: " + shown + ":5:18: rules.PM204.level is 'disabled'; allowed: error, warning, note, off.",
          "pmlint: " + shown + ":8:11: suppressions[0].rule is 'PM1O2'; allowed: " + suppressibleCodes()
              + "; did you mean 'PM102'?",
          "pmlint: the config file is not used until this is fixed (--no-config ignores it)", ""), r.err());
      assertEquals("", r.out());
    }
    assertFalse(Files.exists(dir.resolve("b.json")), "no baseline written from an invalid config");
    assertEquals(0, run("check", "--no-config", "samples/valid").code());
  }

  private static String suppressibleCodes() {
    return String.join(", ", dev.pmlint.TestLinter.CATALOG.rules().stream()
        .filter(r -> r.origin() != dev.pmlint.rules.Rule.Origin.SUPPRESSION).map(r -> r.code()).toList());
  }

  @Test
  void yamlProblemsInTheConfigAreConfigErrors(@TempDir Path dir) throws Exception {
    Path duplicate = write(dir, "dup.yaml", "fail-level: error\nfail-level: note\n");
    Run r = run("check", "--config", duplicate.toString(), "samples/valid");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("pmlint: " + SpecInputPaths.shown(duplicate) + ":2:1: Duplicate key 'fail-level'"), r.err());
    Path broken = write(dir, "broken.yaml", "rules: [\n");
    assertEquals(2, run("check", "--config", broken.toString(), "samples/valid").code());
    Path empty = write(dir, "empty.yaml", "# nothing set yet\n");
    assertEquals(0, run("check", "--config", empty.toString(), "samples/valid").code(), "an empty config is the defaults");
    Run missing = run("check", "--config", dir.resolve("nope.yaml").toString(), "samples/valid");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such config file"), missing.err());
    assertEquals(2, run("check", "--config", empty.toString(), "--no-config", "samples/valid").code());
  }

  @Test
  void commandLineWinsOverFileWinsOverDefaults(@TempDir Path dir) throws Exception {
    Path spec = write(dir, "spec.yaml", WARNING_ONLY);
    Path config = write(dir, ".pmlint.yaml", """
        fail-level: warning
        rules:
          PM403: {level: error}
          PM105: {level: off}
        """);
    assertEquals(0, run("check", "--no-config", spec.toString()).code(), "default: PM403 is a warning, fail on errors");
    Run fromFile = run("check", "--config", config.toString(), "--color", "never", spec.toString());
    assertEquals(1, fromFile.code());
    assertTrue(fromFile.out().contains("spec.yaml:4:1: error PM403 "), fromFile.out());
    Run cli = run("check", "--config", config.toString(), "--color", "never", "--rule", "PM403=note",
        "--fail-level", "warning", spec.toString());
    assertEquals(0, cli.code(), cli.out());
    assertTrue(cli.out().contains("spec.yaml:4:1: note PM403 "), cli.out());
    assertEquals(1, run("check", "--config", config.toString(), "--rule", "PM403=note", "--fail-level", "note",
        spec.toString()).code());
    assertEquals(0, run("check", "--config", config.toString(), "--rule", "committed-client-token=off",
        spec.toString()).code(), "rules by name too");
    assertEquals(2, run("check", "--rule", "PM403", spec.toString()).code());
    assertEquals(2, run("check", "--rule", "PM999=off", spec.toString()).code());
    assertEquals(2, run("check", "--rule", "PM403=fatal", spec.toString()).code());

    Run show = run("config", "show", "--config", config.toString(), "--rule", "PM403=note");
    assertEquals(0, show.code(), show.err());
    String shown = SpecInputPaths.shown(config);
    String out = show.out().replaceAll(" {2,}", " ");
    assertTrue(out.startsWith("# config file: " + shown + "\n"), show.out());
    assertTrue(out.contains("\nfail-level: warning # " + shown + ":1\n"), show.out());
    assertTrue(out.contains("\n PM105: {level: off} # " + shown + ":4 discovery-url-unsafe-host\n"), show.out());
    assertTrue(out.contains("\n PM403: {level: note} # command line committed-client-token\n"), show.out());
    assertTrue(out.contains("\ncontext: [] # default\n"), show.out());
    Run defaults = run("config", "show", "--no-config");
    assertTrue(defaults.out().contains("# config file: none (--no-config)\nfail-level: error"), defaults.out());

    JsonNode sarif = JsonMapper.shared().readTree(run("check", "--config", config.toString(), "--format", "sarif",
        spec.toString()).out());
    JsonNode overrides = sarif.at("/runs/0/invocations/0/ruleConfigurationOverrides");
    assertEquals("PM105 false|PM403 error", overrides.get(0).at("/descriptor/id").asString() + " "
        + overrides.get(0).at("/configuration/enabled").asString() + "|" + overrides.get(1).at("/descriptor/id").asString()
        + " " + overrides.get(1).at("/configuration/level").asString());
  }

  @Test
  void includeAndExcludeSelectWalkedAndNamedFiles(@TempDir Path dir) throws Exception {
    write(dir, "specs/current.yaml", WARNING_ONLY);
    Path legacy = write(dir, "specs/legacy/old.yaml", WARNING_ONLY);
    write(dir, "other/elsewhere.yaml", WARNING_ONLY);
    Path config = write(dir, ".pmlint.yaml", """
        include: [specs/**]
        exclude: [legacy]
        """);
    Run walked = run("check", "--config", config.toString(), "--color", "never", dir.toString());
    assertTrue(walked.out().contains("current.yaml:4:1: warning PM403"), walked.out());
    assertFalse(walked.out().contains("old.yaml") || walked.out().contains("elsewhere.yaml"), walked.out());
    assertTrue(walked.out().endsWith("Checked 1 file (1 document): 0 errors, 1 warning, 0 notes. Excluded 2 files by config.\n"),
        walked.out());
    Run named = run("check", "--config", config.toString(), "--color", "never", legacy.toString());
    assertEquals("Checked 0 files (0 documents): no problems found. Excluded 1 file by config.\n", named.out());
  }

  @Test
  void contextPathsAreRelativeToTheConfigFile(@TempDir Path dir) throws Exception {
    Path project = TestPaths.project();
    Files.copy(project.resolve("samples/context/describe-subnets.json"), dir.resolve("subnets.json"));
    Path spec = dir.resolve("spec.yaml");
    Files.copy(project.resolve("samples/invalid/PM502-subnet-vpc-mismatch/other-vpc.yaml"), spec);
    Path config = write(dir, ".pmlint.yaml", "context: [subnets.json]\n");
    Run r = run("check", "--config", config.toString(), "--color", "never", spec.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("error PM502 subnet-vpc-mismatch"), r.out());
    Path wrong = write(dir, "wrong.yaml", "context: [nope.json]\n");
    Run bad = run("check", "--config", wrong.toString(), spec.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("wrong.yaml:1:11: Context file nope.json does not exist"), bad.err());
  }

  @Test
  void ruleOptionsReachThePoliciesAndAreValidatedFromTheRuleDeclaration(@TempDir Path dir) throws Exception {
    Path spec = TestPaths.project().resolve("samples/invalid/PM302-arn-account-mismatch/accounts.yaml");
    Run plain = run("check", "--no-config", "--color", "never", spec.toString());
    assertEquals(2, plain.out().lines().filter(l -> l.contains("PM302")).count(), plain.out());
    Path config = write(dir, ".pmlint.yaml", """
        rules:
          PM302:
            level: error
            trusted-accounts: ["210987654321"]
        """);
    Run trusted = run("check", "--config", config.toString(), "--color", "never", spec.toString());
    assertFalse(trusted.out().contains("PM302"), trusted.out());
    Run show = run("config", "show", "--config", config.toString());
    String out = show.out().replaceAll(" {2,}", " ");
    assertTrue(out.contains("\n PM302: # arn-account-mismatch\n level: error # " + SpecInputPaths.shown(config)
        + ":3\n trusted-accounts: [\"210987654321\"] # " + SpecInputPaths.shown(config) + ":4\n"), show.out());
    Run defaults = run("config", "show", "--no-config");
    assertTrue(defaults.out().replaceAll(" {2,}", " ").contains("\n trusted-accounts: [] # default\n"), defaults.out());

    Path bad = write(dir, "bad.yaml", """
        rules:
          PM302:
            trusted-accounts: [21098, "1234"]
            trusted-acounts: []
          PM204:
            trusted-accounts: []
        """);
    Run r = run("check", "--config", bad.toString(), spec.toString());
    assertEquals(2, r.code());
    String shown = SpecInputPaths.shown(bad);
    assertTrue(r.err().contains(shown + ":3:24: rules.PM302.trusted-accounts[0] must be a string"), r.err());
    assertTrue(r.err().contains(shown + ":3:31: rules.PM302.trusted-accounts[1] '1234' has the wrong format"), r.err());
    assertTrue(r.err().contains(shown + ":4:5: Unknown member 'trusted-acounts' in rules.PM302; did you mean"
        + " 'trusted-accounts'?"), r.err());
    assertTrue(r.err().contains(shown + ":6:5: Unknown member 'trusted-accounts' in rules.PM204."), r.err());
  }

  /** The project directory, where the samples are. */
  static final class TestPaths {
    static Path project() {
      return dev.pmlint.TestLinter.projectDir();
    }
  }
}
