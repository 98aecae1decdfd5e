package dev.pmlint.cli;

import static dev.pmlint.cli.SuppressionCliTest.results;
import static dev.pmlint.cli.SuppressionCliTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.TestLinter;
import dev.pmlint.cli.CliTest.Run;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's "Adopting pmlint in an existing repo", run as a user runs it: a separate pmlint
 * process in a scratch repository (config discovery depends on the working directory). The
 * commands run here and the README's commands must be the same set.
 */
public class AdoptionWalkthroughTest {

  private static final String SECTION = "## Adopting pmlint in an existing repo";
  private final Set<String> ran = new LinkedHashSet<>();

  /** Runs pmlint in its own JVM with {@code dir} as working directory. */
  static Run pmlint(Path dir, String... args) throws IOException, InterruptedException {
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(p -> Path.of(p).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", classpath, "dev.pmlint.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("pmlint-out", ".txt");
    Path err = Files.createTempFile("pmlint-err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().put("NO_COLOR", "1");
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("pmlint " + String.join(" ", args) + " did not finish");
      }
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private Run step(Path repo, String commandLine, int expectedExit) throws Exception {
    ran.add(commandLine);
    String[] words = commandLine.split("\\s+");
    Run r = pmlint(repo, Arrays.copyOfRange(words, 1, words.length));
    assertEquals(expectedExit, r.code(), commandLine + "\n" + r.out() + r.err());
    return r;
  }

  @Test
  void readmeWalkthroughWorksInAScratchRepository(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Path checkout = write(repo, "specs/checkout.yaml", BaselineCliTest.YAML);
    Path token = write(repo, "specs/legacy/token.json", BaselineCliTest.JSON);
    Path iam = write(repo, "specs/iam.yaml", SuppressionCliTest.IAM_WITH_JWT);

    // 1. A config file, found from any directory of the repository.
    step(repo, "pmlint init", 0);
    assertTrue(Files.readString(repo.resolve(".pmlint.yaml")).contains("fail-level: error"));
    assertEquals(2, pmlint(repo, "init").code(), "init never overwrites without --force");
    Run show = step(repo, "pmlint config show", 0);
    assertTrue(show.out().startsWith("# config file: .pmlint.yaml\nfail-level: error"), show.out());
    Run below = pmlint(repo.resolve("specs/legacy"), "config", "show");
    assertTrue(below.out().startsWith("# config file: " + repo.resolve(".pmlint.yaml") + "\n"), below.out());

    // 2. Today's findings go into the baseline; only new ones fail.
    step(repo, "pmlint baseline write .pmlint-baseline.json specs/", 0);
    Run accepted = step(repo, "pmlint check --baseline .pmlint-baseline.json specs/", 0);
    assertTrue(accepted.out().contains("Baseline: 4 known, not counted."), accepted.out());
    Files.writeString(checkout, "# owned by the checkout team\n\n" + BaselineCliTest.YAML);
    Files.writeString(token, BaselineCliTest.JSON.replace("{\n", "{\n  \"tags\": {\"aws:team\": \"payments\"},\n"));
    Run added = step(repo, "pmlint check --baseline .pmlint-baseline.json specs/", 1);
    assertTrue(added.out().startsWith("specs/legacy/token.json:2:12: error PM401 reserved-aws-tag-prefix:"), added.out());
    assertEquals(2, added.out().lines().count(), "only the new finding and the summary: " + added.out());

    // 3. Reviewed exemptions, with reasons: a config entry for JSON, a comment in YAML.
    Files.writeString(repo.resolve(".pmlint.yaml"), Files.readString(repo.resolve(".pmlint.yaml"))
        .replace("suppressions: []", """
            suppressions:
              - file: specs/legacy/*.json
                rule: PM401
                pointer: /tags
                reason: tag written by the old provisioning tool (OPS-7)"""));
    Files.writeString(iam, SuppressionCliTest.IAM_WITH_JWT.replace("authorizerConfiguration:",
        "# pmlint-disable-next-line PM102 -- JWT block kept until the IdP migration (TICKET-123)\nauthorizerConfiguration:"));
    Run shown = step(repo, "pmlint check --show-suppressed --baseline .pmlint-baseline.json specs/", 0);
    assertTrue(shown.out().contains("specs/legacy/token.json:2:12: error PM401 reserved-aws-tag-prefix: ")
        && shown.out().contains("[suppressed (.pmlint.yaml:"), shown.out());
    assertTrue(shown.out().contains("specs/iam.yaml:5:1: warning PM102 ")
        && shown.out().contains("[suppressed (line 4): JWT block kept until the IdP migration (TICKET-123)]"), shown.out());
    assertTrue(shown.out().contains("specs/checkout.yaml:4:17: error PM101 ") && shown.out().contains("[in baseline]"),
        shown.out());
    assertTrue(shown.out().endsWith("2 findings suppressed. Baseline: 3 known, not counted; 1 entry is fixed and can be"
        + " dropped (pmlint baseline write).\n"), shown.out());

    // 4. CI: SARIF keeps everything, marked.
    Run ci = step(repo, "pmlint check --baseline .pmlint-baseline.json --format sarif=pmlint.sarif --format text specs/", 0);
    assertTrue(ci.out().startsWith("Checked 3 files (3 documents): no problems found."), ci.out());
    List<String> sarif = results(JsonMapper.shared().readTree(repo.resolve("pmlint.sarif").toFile()));
    assertEquals(List.of(
        "PM101@4 unchanged",
        "PM102@5 inSource:JWT block kept until the IdP migration (TICKET-123)",
        "PM402@11 unchanged",
        "PM401@2 external:tag written by the old provisioning tool (OPS-7)",
        "PM403@6 unchanged",
        "PM102@0 absent"), sarif);

    assertEquals(readmeCommands(), ran, "the README's commands and the ones this test runs differ");
  }

  @Test
  void discoveryStopsAtTheRepositoryRoot(@TempDir Path dir) throws Exception {
    write(dir, ".pmlint.yaml", "not-a-key: 1\n");
    Files.createDirectories(dir.resolve("repo/.git"));
    Files.createDirectories(dir.resolve("repo/specs"));
    Run inRepo = pmlint(dir.resolve("repo/specs"), "config", "show");
    assertEquals(0, inRepo.code(), inRepo.err());
    assertTrue(inRepo.out().startsWith("# config file: none found"), inRepo.out());
    Files.createDirectories(dir.resolve("outside"));
    Run outside = pmlint(dir.resolve("outside"), "check", ".");
    assertEquals(2, outside.code(), "the config above is found and is invalid: " + outside.out());
    assertTrue(outside.err().contains(".pmlint.yaml:1:1: Unknown member 'not-a-key' in the config file"), outside.err());
    assertEquals(0, pmlint(dir.resolve("outside"), "check", "--no-config", ".").code());
  }

  @Test
  void readmeExamplesAreValid(@TempDir Path dir) throws Exception {
    int configs = 0;
    int specs = 0;
    for (String block : readmeBlocks("```yaml\n")) {
      Path file = write(dir, "example" + (configs + specs) + ".yaml", block);
      if (block.contains("authorizerType")) {
        Run r = CliTest.run("check", "--no-config", "--fail-level", "note", "--format", "json", file.toString());
        assertEquals(0, r.code(), block + r.out());
        assertTrue(r.out().contains("\"suppressed\" : 3"), r.out());
        specs++;
      } else {
        Run r = CliTest.run("config", "show", "--config", file.toString());
        assertEquals(0, r.code(), block + r.err());
        configs++;
      }
    }
    assertEquals(2, configs);
    assertEquals(1, specs);
  }

  private static Set<String> readmeCommands() throws IOException {
    Set<String> commands = new LinkedHashSet<>();
    for (String block : readmeBlocks("```sh\n")) {
      block.lines().map(String::strip).filter(l -> l.startsWith("pmlint ")).forEach(commands::add);
    }
    return commands;
  }

  private static List<String> readmeBlocks(String fence) throws IOException {
    String readme = Files.readString(TestLinter.projectDir().resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(SECTION);
    assertTrue(start >= 0, "README lacks " + SECTION);
    int end = readme.indexOf("\n## ", start + SECTION.length());
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> blocks = new ArrayList<>();
    for (int i = section.indexOf(fence); i >= 0; i = section.indexOf(fence, i + 1)) {
      int close = section.indexOf("```\n", i + fence.length());
      blocks.add(section.substring(i + fence.length(), close));
      i = close;
    }
    assertFalse(blocks.isEmpty(), "no " + fence.strip() + " blocks in " + SECTION);
    return blocks;
  }
}
