package dev.pmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as users run it: exit codes, formats, paths, stdin. */
public class CliTest {

  public record Run(int code, String out, String err) {}

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Run runWithStdin(String stdin, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void validSamplesExitZero() {
    Run r = run("check", "samples/valid");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("no problems found"), r.out());
  }

  @Test
  void findingsExitOneWithPathLineColumn() {
    Run r = run("check", "--color", "never", "samples/invalid/PM003-unknown-member/typos.yaml");
    assertEquals(1, r.code());
    assertTrue(r.out().startsWith("samples/invalid/PM003-unknown-member/typos.yaml:4:1: error PM003 unknown-member: "
        + "Unknown member 'Description' in the request; did you mean 'description'?\n"), r.out());
    assertTrue(r.out().contains("Checked 1 file (1 document): 4 errors, 0 warnings, 0 notes."), r.out());
  }

  @Test
  void missingPathIsAUsageErrorWithoutStackTrace() {
    Run r = run("check", "no/such/file.yaml");
    assertEquals(2, r.code());
    assertEquals("pmlint: No such file or directory: no/such/file.yaml\n", r.err());
  }

  @Test
  void unknownOptionIsExitTwo() {
    assertEquals(2, run("check", "--frobnicate").code());
    assertEquals(2, run("check", "--fail-level", "fatal", "samples/valid").code());
    assertEquals(2, run("check", "--format", "xml", "samples/valid").code());
  }

  @Test
  void failLevelDecidesTheExitCode() {
    String warningsOnly = "samples/invalid/PM010-yaml-ambiguous-scalar/yaml11-booleans.yaml";
    assertEquals(0, run("check", warningsOnly).code());
    assertEquals(1, run("check", "--fail-level", "warning", warningsOnly).code());
    assertEquals(1, run("check", "--fail-level", "note", warningsOnly).code());
    assertEquals(0, run("check", "--fail-level", "none", "samples/invalid/PM003-unknown-member").code());
  }

  @Test
  void quietPrintsFindingsOnly() {
    Run r = run("check", "-q", "samples/valid");
    assertEquals("", r.out());
  }

  @Test
  void timingsGoToStandardErrorPerStage() {
    // Two files of one document each: every stage ran twice.
    Run r = run("check", "-q", "--timings", "-j", "2", "samples/valid/minimal-iam.json", "samples/valid/minimal-iam.yaml");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).matches("pmlint: timings \\(thread time per stage, 2 worker threads; wall time [0-9.]+ s\\)"),
        lines.get(0));
    List<String> stages = lines.subList(1, lines.size()).stream()
        .map(l -> l.replaceAll("\\s+[0-9.]+ s\\s+(\\d+) ×\\s+[0-9.]+ µs$", " | $1").strip()).toList();
    assertEquals(List.of("read and parse | 2", "schema | 2", "policies | 2", "fingerprints | 2",
        "levels and suppressions | 2"), stages);
    // Without the option nothing is timed or printed.
    assertEquals("", run("check", "-q", "samples/valid/minimal-iam.json").err());
  }

  @Test
  void jsonReport() {
    Run r = run("check", "--format", "json", "samples/invalid/PM006-invalid-enum-value/enums.json");
    assertEquals(1, r.code());
    JsonNode report = JsonMapper.shared().readTree(r.out());
    JsonNode finding = report.at("/files/0/findings/0");
    assertEquals("PM006", finding.get("code").asString());
    assertEquals("/authorizerType", finding.get("pointer").asString());
    assertEquals(3, finding.at("/region/startLine").asInt());
    assertEquals(21, finding.at("/region/startColumn").asInt());
    assertEquals(26, finding.at("/region/endColumn").asInt());
    assertEquals(1, report.at("/summary/exitCode").asInt());
  }

  @Test
  void sarifReportIsDeterministicAndRelative() {
    String[] args = {"check", "--format", "sarif", "samples/invalid/PM009-union-member-count"};
    Run first = run(args);
    Run second = run(args);
    assertEquals(first.out(), second.out());
    JsonNode sarif = JsonMapper.shared().readTree(first.out());
    assertEquals("2.1.0", sarif.get("version").asString());
    JsonNode run = sarif.at("/runs/0");
    assertEquals(Catalogs.load().rules().size(), run.at("/tool/driver/rules").size());
    JsonNode result = run.at("/results/0");
    assertEquals("PM009", result.get("ruleId").asString());
    assertEquals(8, result.get("ruleIndex").asInt());
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertEquals("samples/invalid/PM009-union-member-count/empty-authorizer.json",
        location.at("/artifactLocation/uri").asString());
    assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asString());
    assertEquals(5, location.at("/region/startLine").asInt());
    assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asString().startsWith("file:///"));
    assertFalse(result.at("/partialFingerprints/primaryLocationLineHash").asString().isEmpty());
  }

  @Test
  void githubAnnotations() {
    Run r = run("check", "--format", "github", "-q", "samples/invalid/PM006-invalid-enum-value/enums.json");
    assertEquals("::error file=samples/invalid/PM006-invalid-enum-value/enums.json,line=3,endLine=3,col=21,"
        + "endColumn=26,title=PM006 invalid-enum-value::authorizerType is 'IAM'; allowed: CUSTOM_JWT, AWS_IAM.\n", r.out());
  }

  @Test
  void severalFormatsInOneRun(@TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("results.sarif");
    Path junit = dir.resolve("junit.xml");
    Run r = run("check", "--color", "never", "--format", "sarif=" + sarif, "--format", "junit=" + junit,
        "--format", "text", "--automation-id", "payment-specs/prod", "samples/invalid/PM006-invalid-enum-value/enums.json");
    assertEquals(1, r.code());
    assertTrue(r.out().startsWith("samples/invalid/PM006-invalid-enum-value/enums.json:3:21: error PM006"), r.out());
    JsonNode log = JsonMapper.shared().readTree(Files.readString(sarif));
    assertEquals("payment-specs/prod", log.at("/runs/0/automationDetails/id").asString());
    String xml = Files.readString(junit);
    assertTrue(xml.contains("<testcase classname=\"pmlint\" name=\"samples/invalid/PM006-invalid-enum-value/enums.json\""), xml);
    assertTrue(xml.contains("<failure type=\"PM006\" message=\"authorizerType is &apos;IAM&apos;".replace("&apos;", "'")), xml);
    assertEquals(2, run("check", "--format", "json", "--format", "text", "samples/valid").code());
    assertEquals(2, run("check", "--format", "json", "--format", "sarif", "-o", dir.resolve("x").toString(), "samples/valid").code());
  }

  @Test
  void junitPutsFindingsBelowTheFailLevelInSystemOut() {
    Run r = run("check", "--format", "junit", "samples/invalid/PM010-yaml-ambiguous-scalar/yaml11-booleans.yaml");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("failures=\"0\""), r.out());
    assertTrue(r.out().contains("<system-out>samples/invalid/PM010-yaml-ambiguous-scalar/yaml11-booleans.yaml:4:14: warning PM010"), r.out());
  }

  @Test
  void gitlabCodeQuality() {
    Run r = run("check", "--format", "gitlab", "samples/invalid/PM006-invalid-enum-value/enums.json");
    JsonNode issue = JsonMapper.shared().readTree(r.out()).get(0);
    assertEquals("PM006", issue.get("check_name").asString());
    assertEquals("major", issue.get("severity").asString());
    assertEquals("samples/invalid/PM006-invalid-enum-value/enums.json", issue.at("/location/path").asString());
    assertEquals(3, issue.at("/location/positions/begin/line").asInt());
    assertEquals(21, issue.at("/location/positions/begin/column").asInt());
    assertEquals(32, issue.get("fingerprint").asString().length());
  }

  @Test
  void outputFile(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("out/report.sarif");
    Run r = run("check", "--format", "sarif", "--output", report.toString(), "samples/valid");
    assertEquals(0, r.code());
    assertEquals("", r.out());
    assertEquals("2.1.0", JsonMapper.shared().readTree(Files.readString(report)).get("version").asString());
  }

  @Test
  void stdinWithFilename() {
    Run r = runWithStdin("name: bad-name\nauthorizerType: AWS_IAM\nroleArn: arn:aws:iam::123456789012:role/R\n",
        "check", "-", "--stdin-filename", "specs/prod.yaml");
    assertEquals(1, r.code());
    assertTrue(r.out().startsWith("specs/prod.yaml:1:7: error PM007 pattern-mismatch:"), r.out());
  }

  @Test
  void walkedDirectorySkipsNonSpecsAndBuildDirsButLintsNamedFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("spec.yaml"), "name: bad-name\nauthorizerType: AWS_IAM\nroleArn: arn:aws:iam::123456789012:role/R\n");
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
    Files.writeString(dir.resolve("empty.yaml"), "");
    Files.createDirectories(dir.resolve("node_modules/x"));
    Files.writeString(dir.resolve("node_modules/x/bad.json"), "{\"name\": 1}");
    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("target/bad.json"), "{\"name\": 1}");
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(dir.resolve("garbage.json"), noise);

    Run walked = run("check", "--color", "never", dir.toString());
    assertEquals(1, walked.code());
    assertTrue(walked.out().contains("garbage.json:"), walked.out());
    assertTrue(walked.out().contains("spec.yaml:1:7: error PM007"), walked.out());
    assertFalse(walked.out().contains("compose.yaml:"), walked.out());
    assertFalse(walked.out().contains("node_modules"), walked.out());
    assertFalse(walked.out().contains("target"), walked.out());
    assertTrue(walked.out().contains("Skipped 2 documents that are not a payment manager spec."), walked.out());

    Run named = run("check", dir.resolve("compose.yaml").toString());
    assertTrue(named.out().contains("Unknown member 'services'"), named.out());
  }

  @Test
  void contextInventoryPlacesSubnetFindingsInJsonAndYaml() {
    String[] context = {"--context", "samples/context/describe-subnets.json",
        "--context", "samples/context/describe-security-groups.json"};
    Run yaml = run(concat(new String[] {"check", "-q", "--color", "never"}, context,
        new String[] {"samples/invalid/PM502-subnet-vpc-mismatch/other-vpc.yaml"}));
    assertEquals(1, yaml.code());
    assertTrue(yaml.out().contains("other-vpc.yaml:14:13: error PM502 subnet-vpc-mismatch: subnet subnet-3d4e5f6a7b8c9d0e1"
        + " is in vpc-9f8e7d6c5b4a39281"), yaml.out());
    Run json = run(concat(new String[] {"check", "-q", "--color", "never"}, context,
        new String[] {"samples/invalid/PM503-subnet-ip-family-mismatch/ipv4-on-ipv6-only.json"}));
    assertTrue(json.out().contains("ipv4-on-ipv6-only.json:16:13: error PM503 subnet-ip-family-mismatch:"), json.out());
    Run without = run("check", "-q", "samples/invalid/PM502-subnet-vpc-mismatch/other-vpc.yaml");
    assertEquals(0, without.code(), "inventory rules stay silent without --context: " + without.out());
  }

  @Test
  void unusableContextIsAConfigurationError() {
    Run r = run("check", "--context", "samples/valid/minimal-iam.json", "samples/valid");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("pmlint: --context: "), r.err());
    assertEquals(2, run("check", "--context", "no/such.json", "samples/valid").code());
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }

  @Test
  void rulesListsEveryRule() {
    Run r = run("rules");
    assertEquals(0, r.code());
    for (var rule : Catalogs.load().rules()) {
      assertTrue(r.out().matches("(?s).*\\n" + rule.code() + " +" + rule.name() + " +" + rule.defaultLevel().id()
          + " +" + java.util.regex.Pattern.quote(rule.summary()) + "\\n.*"), rule.code() + " missing from " + r.out());
    }
  }

  @Test
  void explainPrintsThePage() {
    Run r = run("explain", "PM009");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("# PM009 union-member-count\n"), r.out());
    assertEquals(r.out(), run("explain", "union-member-count").out());
    Run unknown = run("explain", "PM999");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown rule 'PM999'"), unknown.err());
  }

  @Test
  void versionNamesTheModelDate() {
    Run r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("AWS API model of 2026-09-26"), r.out());
  }
}
