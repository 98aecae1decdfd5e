package dev.pmlint.cli;

import static dev.pmlint.cli.CliTest.run;
import static dev.pmlint.cli.SuppressionCliTest.results;
import static dev.pmlint.cli.SuppressionCliTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.cli.CliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Baselines: written from a run, matched without line numbers, failing only on new findings. */
public class BaselineCliTest {

  static final String YAML = """
      name: Payments
      authorizerType: CUSTOM_JWT
      roleArn: arn:aws:iam::123456789012:role/PaymentManagerRole
      """;
  static final String JSON = """
      {
        "name": "LegacyPayments",
        "authorizerType": "AWS_IAM",
        "roleArn": "arn:aws:iam::123456789012:role/PaymentManagerRole",
        "clientToken": "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7"
      }
      """;

  @Test
  void baselineSurvivesInsertedLinesAndCatchesNewFindings(@TempDir Path dir) throws Exception {
    Path yaml = write(dir, "specs/jwt.yaml", YAML);
    Path json = write(dir, "specs/token.json", JSON);
    Path baseline = dir.resolve(".pmlint-baseline.json");
    Path specs = dir.resolve("specs");

    Run before = run("check", "--no-config", specs.toString());
    assertEquals(1, before.code(), "PM101 is an error: " + before.out());
    Run written = run("baseline", "write", baseline.toString(), "--no-config", specs.toString());
    assertEquals(0, written.code(), written.err());
    assertTrue(written.out().startsWith("Wrote 2 findings in 2 files to "), written.out());
    JsonNode file = JsonMapper.shared().readTree(Files.readString(baseline));
    assertEquals(1, file.get("pmlint-baseline").asInt());
    assertEquals("specs/jwt.yaml PM101 /authorizerType|specs/token.json PM403 /clientToken",
        String.join("|", file.get("findings").valueStream()
            .map(e -> e.get("file").asString() + " " + e.get("rule").asString() + " " + e.get("pointer").asString())
            .toList()));
    assertFalse(Files.readString(baseline).contains("a1b2c3d4e5f6"), "the baseline never holds values");

    Run accepted = run("check", "--no-config", "--color", "never", "--baseline", baseline.toString(), specs.toString());
    assertEquals(0, accepted.code(), accepted.out());
    assertEquals("Checked 2 files (2 documents): no problems found. Baseline: 2 known, not counted.\n", accepted.out());

    // Lines inserted above and members reordered: still the same findings.
    Files.writeString(yaml, "# owned by payments\n\n" + YAML.replace("name: Payments\n", "") + "name: Payments\n");
    Files.writeString(json, JSON.replace("{\n", "{\n  \"description\": \"moved down\",\n"));
    Run moved = run("check", "--no-config", "--color", "never", "--baseline", baseline.toString(), specs.toString());
    assertEquals(0, moved.code(), moved.out());

    // A new finding fails, the known ones do not show.
    Files.writeString(json, JSON.replace("{\n", "{\n  \"tags\": {\"aws:team\": \"payments\"},\n"));
    Run added = run("check", "--no-config", "--color", "never", "--baseline", baseline.toString(), specs.toString());
    assertEquals(1, added.code(), added.out());
    assertTrue(added.out().contains("token.json:2:12: error PM401 reserved-aws-tag-prefix"), added.out());
    assertFalse(added.out().contains("PM101") || added.out().contains("PM403"), added.out());
    Run shown = run("check", "--no-config", "--color", "never", "--show-suppressed", "--baseline", baseline.toString(),
        specs.toString());
    assertTrue(shown.out().contains("error PM101 ") && shown.out().contains("[in baseline]"), shown.out());

    JsonNode sarif = JsonMapper.shared().readTree(run("check", "--no-config", "--format", "sarif", "--baseline",
        baseline.toString(), specs.toString()).out());
    assertEquals(List.of("PM101@3 unchanged", "PM401@2 new", "PM403@6 unchanged"), results(sarif));
  }

  @Test
  void fixedEntriesAreCountedAndReportedAbsent(@TempDir Path dir) throws Exception {
    Path yaml = write(dir, "specs/jwt.yaml", YAML);
    write(dir, "specs/token.json", JSON);
    Path baseline = dir.resolve("baseline.json");
    Path specs = dir.resolve("specs");
    assertEquals(0, run("baseline", "write", baseline.toString(), "--no-config", specs.toString()).code());

    Files.writeString(yaml, YAML.replace("CUSTOM_JWT", "AWS_IAM"));
    Run r = run("check", "--no-config", "--color", "never", "--baseline", baseline.toString(), specs.toString());
    assertEquals(0, r.code());
    assertEquals("Checked 2 files (2 documents): no problems found. Baseline: 1 known, not counted; 1 entry is"
        + " fixed and can be dropped (pmlint baseline write).\n", r.out());

    JsonNode sarif = JsonMapper.shared().readTree(run("check", "--no-config", "--format", "sarif", "--baseline",
        baseline.toString(), specs.toString()).out());
    assertEquals(List.of("PM403@5 unchanged", "PM101@0 absent"), results(sarif));
    JsonNode absent = sarif.at("/runs/0/results/1");
    assertEquals("pass", absent.get("kind").asString());
    assertTrue(absent.at("/locations/0/physicalLocation/artifactLocation/uri").asString().endsWith("specs/jwt.yaml"));

    // A run over one file says nothing about the other file's entries.
    Run partial = run("check", "--no-config", "--color", "never", "--baseline", baseline.toString(),
        dir.resolve("specs/token.json").toString());
    assertEquals("Checked 1 file (1 document): no problems found. Baseline: 1 known, not counted.\n", partial.out());
  }

  @Test
  void unusableBaselineIsAUsageError(@TempDir Path dir) throws Exception {
    Run missing = run("check", "--no-config", "--baseline", dir.resolve("none.json").toString(), "samples/valid");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such baseline file"), missing.err());
    Path notBaseline = write(dir, "b.json", "{\"findings\": 3}");
    Run bad = run("check", "--no-config", "--baseline", notBaseline.toString(), "samples/valid");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("pmlint: ") && bad.err().contains("not a pmlint baseline"), bad.err());
    assertFalse(bad.err().contains("Exception"), bad.err());
  }

  @Test
  void baselineFileInAWalkedDirectoryIsNotLinted(@TempDir Path dir) throws Exception {
    write(dir, "specs/jwt.yaml", YAML);
    Path baseline = dir.resolve("specs/.pmlint-baseline.json");
    assertEquals(0, run("baseline", "write", baseline.toString(), "--no-config", dir.resolve("specs").toString()).code());
    Run r = run("check", "--no-config", "--color", "never", "--baseline", baseline.toString(), dir.resolve("specs").toString());
    assertEquals("Checked 1 file (1 document): no problems found. Baseline: 1 known, not counted.\n", r.out());
    assertTrue(Files.readString(baseline, StandardCharsets.UTF_8).endsWith("}\n"));
  }
}
