package dev.pmlint.source;

import static dev.pmlint.TestLinter.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.TestLinter;
import dev.pmlint.model.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input becomes PM001 findings, never an exception. These tests have no time limits
 * (timing lives in bench/); the input limits bound time and memory by construction.
 */
class HostileInputTest {

  private static void onlySyntaxError(List<Finding> findings) {
    assertTrue(!findings.isEmpty(), "expected a PM001 finding");
    assertTrue(findings.stream().allMatch(f -> f.rule().code().equals("PM001")), findings::toString);
  }

  @Test
  void truncatedJson() {
    List<Finding> f = TestLinter.json("{\"name\": \"P\", \"authorizerType\": \"AWS_");
    assertEquals(List.of("PM001@1:38-1:38"), where(f)); // at the end of input
  }

  @Test
  void hundredThousandNestedBracketsInJson() {
    String text = "[".repeat(100_000) + "]".repeat(100_000);
    List<Finding> f = TestLinter.json(text);
    assertEquals(List.of("PM001@1:65-1:66"), where(f));
  }

  @Test
  void hundredThousandNestedBracketsInYaml() {
    String text = "[".repeat(100_000) + "]".repeat(100_000);
    List<Finding> f = TestLinter.yaml(text);
    onlySyntaxError(f);
    assertEquals(1, f.get(0).region().startLine());
  }

  @Test
  void deeplyNestedYamlBlocks() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) sb.append("  ".repeat(i)).append("k").append(":\n");
    onlySyntaxError(TestLinter.yaml(sb.toString()));
  }

  @Test
  void randomBytes() {
    byte[] bytes = new byte[64 * 1024];
    new Random(42).nextBytes(bytes);
    onlySyntaxError(TestLinter.lint(bytes, "random.yaml"));
    onlySyntaxError(TestLinter.lint(bytes, "random.json"));
  }

  @Test
  void latin1Bytes() {
    byte[] bytes = "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    List<Finding> f = TestLinter.lint(bytes, "latin1.yaml");
    assertEquals(List.of("PM001@1:10-1:11"), where(f));
    assertTrue(f.get(0).message().contains("0xE9"), f.get(0).message());
  }

  @Test
  void utf16IsRejectedWithAReason() {
    byte[] bytes = "{}".getBytes(StandardCharsets.UTF_16);
    List<Finding> f = TestLinter.lint(bytes, "utf16.json");
    onlySyntaxError(f);
    assertTrue(f.get(0).message().contains("UTF-16"), f.get(0).message());
  }

  @Test
  void billionLaughs() {
    StringBuilder sb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) sb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      sb.append("]\n");
    }
    List<Finding> f = TestLinter.yaml(sb.toString());
    onlySyntaxError(f);
    assertTrue(f.get(0).message().contains("aliases are expanded"), f.get(0).message());
  }

  @Test
  void tooManyAliases() {
    StringBuilder sb = new StringBuilder("x: &x v\nl:\n");
    for (int i = 0; i < 1_001; i++) sb.append("  - *x\n");
    List<Finding> f = TestLinter.yaml(sb.toString());
    onlySyntaxError(f);
    assertTrue(f.get(0).message().contains("aliases"), f.get(0).message());
  }

  @Test
  void fiftyMegabyteFileIsNotRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] chunk = "{\"name\": \"x\"}\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
        out.write(chunk);
      }
    }
    List<Finding> f = TestLinter.file(big).findings();
    assertEquals(List.of("PM001@1:1-1:1"), where(f));
    assertTrue(f.get(0).message().contains("over the input limit"), f.get(0).message());
  }

  @Test
  void documentsOverThePolicyLimitAreCheckedByTheSchemaOnly() {
    String spec = "{\"name\": \"Big\", \"authorizerType\": \"AWS_IAM\", \"roleArn\": \"arn:aws:iam::123456789012:role/R\","
        + " \"description\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    List<Finding> f = TestLinter.json(spec);
    // The description value starts at column 108: 2 MiB plus its quotes; PM001 spans the first line.
    assertEquals(List.of("PM001@1:1-1:2097263", "PM008@1:108-1:2097262"), where(f));
    assertTrue(f.get(0).message().contains("over the 1 MiB limit of the semantic rules"), f.get(0).message());
  }

  @Test
  void largeDocumentsInterpretedRunCompiled() {
    // 200 KiB: above the interpreter's input limit, below the policy limit.
    String spec = "{\"name\": \"Big\", \"authorizerType\": \"AWS_IAM\", \"roleArn\": \"arn:aws:iam::123456789012:role/R\","
        + " \"tags\": {\"k\": \"" + "v".repeat(200 * 1024) + " sk_live_4eC39HqLyjWDarjtT1zdp7dc\"}}";
    dev.pmlint.lint.Linter interpreted = TestLinter.linter("{}", dev.pmlint.policy.WasmEngine.INTERPRETER);
    List<Finding> f = TestLinter.lint(interpreted, spec.getBytes(StandardCharsets.UTF_8), "big.json");
    assertTrue(f.stream().anyMatch(x -> x.rule().code().equals("PM404")), f::toString);
  }

  @Test
  void hugeStreamFromStdinStopsAtTheLimit() {
    byte[] bytes = new byte[(int) InputLimits.DEFAULT.maxFileBytes() + 10];
    onlySyntaxError(TestLinter.lint(bytes, "stdin.json"));
  }
}
