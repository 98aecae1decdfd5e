package dev.pmlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pmlint.cli.CliTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** pmlint's SARIF is valid SARIF 2.1.0, and its fingerprints survive lines moving. */
class SarifSchemaTest {

  private static Schema sarifSchema() throws Exception {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-2.1.0.json")) {
      JsonNode tree = JsonMapper.shared().readTree(in);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree);
    }
  }

  @Test
  void sarifOfEverySampleIsValid() throws Exception {
    CliTest.Run run = CliTest.run("check", "--format", "sarif", "--automation-id", "pmlint/samples",
        "--context", "samples/context/describe-subnets.json", "samples", "samples/invalid/PM001-syntax-error");
    JsonNode log = JsonMapper.shared().readTree(run.out());
    List<Error> errors = sarifSchema().validate(log);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    assertNotEquals(0, log.at("/runs/0/results").size());
  }

  @Test
  void suppressionsBaselineStatesAndOverridesAreValid(@TempDir Path dir) throws Exception {
    Path baseline = dir.resolve("baseline.json");
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, "rules:\n  PM204: {level: off}\n  PM402: {level: error}\n", StandardCharsets.UTF_8);
    String samples = "samples/invalid/PM902-unused-suppression";
    assertEquals(0, CliTest.run("baseline", "write", baseline.toString(), "--config", config.toString(),
        "--rule", "PM902=note", samples, "samples/invalid/PM101-custom-jwt-requires-configuration").code());
    CliTest.Run run = CliTest.run("check", "--format", "sarif", "--config", config.toString(), "--rule", "PM902=off",
        "--baseline", baseline.toString(), samples, "samples/invalid/PM101-custom-jwt-requires-configuration",
        "samples/invalid/PM401-reserved-aws-tag-prefix");
    JsonNode log = JsonMapper.shared().readTree(run.out());
    assertEquals(List.of(), sarifSchema().validate(log).stream().map(Error::toString).toList());
    String text = log.at("/runs/0/results").toString() + log.at("/runs/0/invocations").toString();
    for (String expected : List.of("\"suppressions\":[{\"kind\":\"inSource\"", "\"baselineState\":\"new\"",
        "\"baselineState\":\"unchanged\"", "\"baselineState\":\"absent\"", "\"ruleConfigurationOverrides\"")) {
      org.junit.jupiter.api.Assertions.assertTrue(text.contains(expected), expected + " in " + text);
    }
  }

  @Test
  void fingerprintsStayAndRegionsFollowWhenLinesMove(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    String text = Files.readString(Path.of("samples/invalid/PM007-pattern-mismatch/formats.yaml"), StandardCharsets.UTF_8);
    Files.writeString(spec, text, StandardCharsets.UTF_8);
    List<String[]> before = results(spec);
    Files.writeString(spec, "# a comment\n# and another\n\n" + text, StandardCharsets.UTF_8);
    List<String[]> after = results(spec);
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      assertEquals(before.get(i)[0], after.get(i)[0], "fingerprint of result " + i);
      assertEquals(Integer.parseInt(before.get(i)[1]) + 3, Integer.parseInt(after.get(i)[1]), "startLine of result " + i);
    }
  }

  @Test
  void securityRulesCarryASecuritySeverity() {
    JsonNode rules = JsonMapper.shared().readTree(CliTest.run("check", "--format", "sarif", "samples/valid").out())
        .at("/runs/0/tool/driver/rules");
    List<String> scored = new ArrayList<>();
    for (JsonNode r : rules) {
      String severity = r.at("/properties/security-severity").asString("");
      if (!severity.isEmpty()) {
        double score = Double.parseDouble(severity);
        org.junit.jupiter.api.Assertions.assertTrue(score >= 0.1 && score <= 10.0, severity);
        scored.add(r.get("id").asString());
      }
      org.junit.jupiter.api.Assertions.assertTrue(r.get("helpUri").asString().startsWith("https://"), r.toString());
    }
    assertEquals(List.of("PM103", "PM104", "PM105", "PM303", "PM404"), scored);
  }

  @Test
  void sameInputSameBytes() {
    String[] args = {"check", "--format", "sarif", "samples/invalid"};
    assertEquals(CliTest.run(args).out(), CliTest.run(args).out());
  }

  private static List<String[]> results(Path spec) {
    JsonNode log = JsonMapper.shared().readTree(CliTest.run("check", "--format", "sarif", spec.toString()).out());
    List<String[]> out = new ArrayList<>();
    for (JsonNode r : log.at("/runs/0/results")) {
      out.add(new String[] {r.at("/partialFingerprints/primaryLocationLineHash").asString(),
          r.at("/locations/0/physicalLocation/region/startLine").asString()});
    }
    return out;
  }
}
