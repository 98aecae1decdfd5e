package dev.pmlint.cli;

import static dev.pmlint.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.cli.CliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Suppressions as users write them: YAML comments, config entries, and how reports show them. */
public class SuppressionCliTest {

  static final String IAM_WITH_JWT = """
      name: LegacyPayments
      authorizerType: AWS_IAM
      roleArn: arn:aws:iam::123456789012:role/PaymentManagerRole
      authorizerConfiguration:
        customJWTAuthorizer:
          discoveryUrl: https://idp.example.com/.well-known/openid-configuration
          allowedAudience: [payments-api]
      tags:
        Team: payments
        team: payments
      """;

  static Path write(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static JsonNode sarif(Run r) {
    return JsonMapper.shared().readTree(r.out());
  }

  /** ruleId, startLine, baselineState and suppression kind/justification of each SARIF result. */
  static List<String> results(JsonNode sarif) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : sarif.at("/runs/0/results")) {
      String s = r.get("ruleId").asString() + "@" + r.at("/locations/0/physicalLocation/region/startLine").asInt(0);
      if (r.has("baselineState")) {
        s += " " + r.get("baselineState").asString();
      }
      if (r.has("suppressions")) {
        JsonNode sup = r.at("/suppressions/0");
        s += " " + sup.get("kind").asString() + ":" + sup.get("justification").asString();
      }
      out.add(s);
    }
    return out;
  }

  @Test
  void everyCommentFormSuppressesWithItsReasonAndStaysInSarif(@TempDir Path dir) throws Exception {
    Path spec = write(dir, "spec.yaml", """
        # pmlint-disable-file PM403 -- the migration job replays this request (OPS-7)
        name: LegacyPayments
        authorizerType: AWS_IAM
        roleArn: arn:aws:iam::123456789012:role/PaymentManagerRole
        clientToken: a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7
        # pmlint-disable-next-line PM102 -- kept until the IdP migration (TICKET-123)

        # a stacked comment between directive and line is fine
        authorizerConfiguration:
          customJWTAuthorizer:
            discoveryUrl: https://idp.example.com/.well-known/openid-configuration
            allowedAudience: [payments-api]
        tags:
          Team: payments
          team: payments  # pmlint-disable-line tag-keys-differ-only-in-case -- both read by cost reports
        """);
    Run text = run("check", "--no-config", "--color", "never", "--fail-level", "note", spec.toString());
    assertEquals(0, text.code(), text.out());
    assertEquals("Checked 1 file (1 document): no problems found. 3 findings suppressed.\n", text.out());

    Run shown = run("check", "--no-config", "--color", "never", "--show-suppressed", spec.toString());
    assertTrue(shown.out().contains("spec.yaml:9:1: warning PM102 iam-with-jwt-configuration: "), shown.out());
    assertTrue(shown.out().contains("[suppressed (line 6): kept until the IdP migration (TICKET-123)]"), shown.out());
    assertTrue(shown.out().contains("spec.yaml:5:1: warning PM403 ")
        && shown.out().contains("[suppressed (line 1): the migration job replays this request (OPS-7)]"), shown.out());
    assertTrue(shown.out().contains("spec.yaml:15:3: warning PM402 ")
        && shown.out().contains("[suppressed (line 15): both read by cost reports]"), shown.out());

    JsonNode log = sarif(run("check", "--no-config", "--format", "sarif", spec.toString()));
    assertEquals(List.of(
        "PM403@5 inSource:the migration job replays this request (OPS-7)",
        "PM102@9 inSource:kept until the IdP migration (TICKET-123)",
        "PM402@15 inSource:both read by cost reports"), results(log));
    assertEquals("accepted", log.at("/runs/0/results/0/suppressions/0/status").asString());

    JsonNode json = JsonMapper.shared().readTree(run("check", "--no-config", "--format", "json", spec.toString()).out());
    assertEquals("inSource", json.at("/files/0/findings/0/suppression/kind").asString());
    assertEquals(3, json.at("/summary/suppressed").asInt());
    assertEquals(0, json.at("/summary/warnings").asInt());
  }

  @Test
  void suppressedFindingsDoNotFailButOthersStillDo(@TempDir Path dir) throws Exception {
    Path spec = write(dir, "spec.yaml", IAM_WITH_JWT.replace("authorizerConfiguration:",
        "# pmlint-disable-next-line PM102 -- reviewed\nauthorizerConfiguration:"));
    Run r = run("check", "--no-config", "--color", "never", "--fail-level", "warning", spec.toString());
    assertEquals(1, r.code(), "PM402 is not suppressed and fails at --fail-level warning");
    assertTrue(r.out().contains("PM402") && !r.out().contains("PM102"), r.out());
    Run github = run("check", "--no-config", "--format", "github", spec.toString());
    assertFalse(github.out().contains("PM102"), "no annotation for a suppressed finding: " + github.out());
  }

  @Test
  void reasonlessAndMalformedCommentsAreFindingsAndSuppressNothing(@TempDir Path dir) throws Exception {
    Path spec = write(dir, "spec.yaml", IAM_WITH_JWT
        .replace("authorizerConfiguration:", "# pmlint-disable-next-line PM102\nauthorizerConfiguration:")
        .replace("  team: payments", "  team: payments  # pmlint-disable-lin PM402 -- typo"));
    Run r = run("check", "--no-config", "--color", "never", spec.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("spec.yaml:4:1: error PM901 invalid-suppression: Suppression of PM102 has no reason"), r.out());
    assertTrue(r.out().contains("spec.yaml:5:1: warning PM102 "), "still reported: " + r.out());
    assertTrue(r.out().contains("spec.yaml:11:19: error PM901 invalid-suppression: Unknown pmlint directive"
        + " 'pmlint-disable-lin'; did you mean 'pmlint-disable-line'?"), r.out());
    assertTrue(r.out().contains("spec.yaml:11:3: warning PM402 "), r.out());
    JsonNode log = sarif(run("check", "--no-config", "--format", "sarif", spec.toString()));
    assertEquals(List.of("PM901@4", "PM102@5", "PM402@11", "PM901@11"), results(log));
  }

  @Test
  void unusedCommentsAreWarningsUnlessTheRuleIsOff(@TempDir Path dir) throws Exception {
    Path spec = write(dir, "spec.yaml", """
        # pmlint-disable-next-line PM403 -- token removed since
        name: Payments
        authorizerType: AWS_IAM
        roleArn: arn:aws:iam::123456789012:role/PaymentManagerRole
        """);
    Run r = run("check", "--no-config", "--color", "never", spec.toString());
    assertEquals(0, r.code(), "a warning does not fail at the default level");
    assertTrue(r.out().contains("spec.yaml:1:1: warning PM902 unused-suppression: Unused suppression: no PM403"
        + " finding on line 2; remove the comment."), r.out());
    Run off = run("check", "--no-config", "--color", "never", "--rule", "PM403=off", spec.toString());
    assertFalse(off.out().contains("PM902"), "rule turned off: its suppressions are not unused: " + off.out());
    Run quiet = run("check", "--no-config", "--color", "never", "--rule", "PM902=off", spec.toString());
    assertFalse(quiet.out().contains("PM902"), quiet.out());
  }

  @Test
  void hashInsideQuotedOrBlockScalarsIsNotADirective(@TempDir Path dir) throws Exception {
    Path spec = write(dir, "spec.yaml", IAM_WITH_JWT + """
        description: >-
          Runbook # pmlint-disable-file PM102 -- block text, not a comment
        clientToken: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7 # pmlint-disable-line PM403 -- quoted text"
        """);
    Run r = run("check", "--no-config", "--color", "never", spec.toString());
    assertTrue(r.out().contains("spec.yaml:4:1: warning PM102 "), r.out());
    assertFalse(r.out().contains("PM90"), "no directive read from scalar text: " + r.out());
  }

  @Test
  void configEntriesSuppressJsonFindingsByGlobAndPointer(@TempDir Path dir) throws Exception {
    Path spec = write(dir, "specs/legacy/token.json", """
        {
          "name": "LegacyPayments",
          "authorizerType": "AWS_IAM",
          "roleArn": "arn:aws:iam::123456789012:role/PaymentManagerRole",
          "clientToken": "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7",
          "tags": {"Team": "payments", "team": "payments"}
        }
        """);
    Path config = write(dir, ".pmlint.yaml", """
        suppressions:
          - file: specs/legacy/*.json
            rule: PM403
            pointer: /clientToken
            reason: replayed on purpose by the migration job (OPS-7)
          - file: "**/token.json"
            rule: PM402
            pointer: /description
            reason: wrong pointer, so this one suppresses nothing
        """);
    Run r = run("check", "--config", config.toString(), "--color", "never", "--show-suppressed", spec.toString());
    assertTrue(r.out().contains("token.json:5:3: warning PM403 committed-client-token: ")
        && r.out().contains("[suppressed (" + SpecInputPaths.shown(config) + ":2): replayed on purpose by the migration job (OPS-7)]"),
        r.out());
    assertTrue(r.out().contains("token.json:6:32: warning PM402 "), "PM402 is at /tags/team, not covered: " + r.out());
    assertTrue(r.out().contains(".pmlint.yaml:6:5: warning PM902 unused-suppression: Unused suppression: no PM402 in"
        + " **/token.json at /description among the 1 linted file it covers; remove the entry."), r.out());

    JsonNode log = sarif(run("check", "--config", config.toString(), "--format", "sarif", spec.toString()));
    assertEquals(List.of("PM403@5 external:replayed on purpose by the migration job (OPS-7)", "PM402@6", "PM902@6"),
        results(log));
  }

  @Test
  void configEntriesWithoutReasonAreFindingsAndEntriesForOtherFilesStayQuiet(@TempDir Path dir) throws Exception {
    Path spec = write(dir, "specs/token.json", """
        {"name": "P", "authorizerType": "AWS_IAM", "roleArn": "arn:aws:iam::123456789012:role/R",
         "clientToken": "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7"}
        """);
    Path config = write(dir, ".pmlint.yaml", """
        suppressions:
          - file: specs/*.json
            rule: PM403
          - file: other/*.json
            rule: PM102
            reason: covers no file of this run
        """);
    Run r = run("check", "--config", config.toString(), "--color", "never", spec.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains(".pmlint.yaml:2:5: error PM901 invalid-suppression: Suppression of PM403 in"
        + " specs/*.json has no reason: add 'reason: why'. It has no effect until it does."), r.out());
    assertTrue(r.out().contains("token.json:2:2: warning PM403 "), "not suppressed: " + r.out());
    assertFalse(r.out().contains("PM902"), "other/*.json covers no linted file: " + r.out());
  }
}
