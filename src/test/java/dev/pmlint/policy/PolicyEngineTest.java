package dev.pmlint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.SamplesSnapshotTest;
import dev.pmlint.TestLinter;
import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.Linter;
import dev.pmlint.lint.SpecInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The policy engine: module sanity, compiled and interpreted runs agree, parallel use is correct. */
class PolicyEngineTest {

  private static final Path SAMPLES = TestLinter.projectDir().resolve("samples");

  static List<SpecInput> allSamples() throws Exception {
    try (Stream<Path> walk = Files.walk(SAMPLES)) {
      return walk.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
          .filter(p -> !p.startsWith(SAMPLES.resolve("context")))
          .sorted()
          .map(p -> SpecInput.file(p, TestLinter.projectDir(), true))
          .toList();
    }
  }

  private static String snapshot(List<FileResult> results) {
    StringBuilder sb = new StringBuilder();
    for (FileResult r : results) {
      r.internalError().ifPresent(e -> { throw new AssertionError(r.input().displayPath(), e); });
      sb.append(r.input().displayPath()).append('\n').append(TestLinter.snapshot(r.findings()));
    }
    return sb.toString();
  }

  @Test
  void moduleLoadsAndAnEmptyObjectHasNoFindings() {
    PolicyEngine engine = new PolicyEngine(WasmEngine.COMPILER, "{}");
    assertEquals("[{\"result\":[]}]", engine.evaluate("{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyCatalogueCodeIsDeclaredOnce() {
    List<String> codes = PolicyCatalog.load().stream().map(r -> r.code()).toList();
    assertEquals(codes.stream().distinct().count(), codes.size());
    assertEquals(28, codes.size());
    // Findings name their package; each package declares exactly one catalogued rule.
    java.util.Map<String, String> byPackage = PolicyCatalog.codesByPackage();
    assertEquals(codes.size(), byPackage.size());
    assertEquals(new java.util.TreeSet<>(codes), new java.util.TreeSet<>(byPackage.values()));
  }

  @Test
  void aModuleThatAbortsIsAnErrorNotAHang() {
    // opa_abort reaches pmlint's host through opa-java-wasm's import bindings.
    OpaHost host = new OpaHost(new com.dylibso.chicory.runtime.ByteArrayMemory(
        new com.dylibso.chicory.wasm.types.MemoryLimits(1, 1)));
    host.memory().writeCString(0, "boom");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> host.opaAbort(0));
    assertEquals("policy aborted: boom", e.getMessage());
    assertThrows(IllegalStateException.class, () -> host.opaBuiltin1(3, 0, 0));
  }

  @Test
  void interpreterAndCompilerAgreeOnEverySample() throws Exception {
    String data = Inventory.dataJson(SamplesSnapshotTest.contextFiles());
    List<SpecInput> inputs = allSamples();
    String compiled = snapshot(TestLinter.linter(data).lintAll(inputs, 1));
    Linter interpreted = TestLinter.linter(data, WasmEngine.INTERPRETER);
    assertEquals(compiled, snapshot(interpreted.lintAll(inputs, 1)));
    assertTrue(compiled.contains("PM502"), "policies ran");
  }

  @Test
  void parallelRunsMatchASequentialRun() throws Exception {
    List<SpecInput> once = allSamples();
    List<SpecInput> inputs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      inputs.addAll(once);
    }
    String data = Inventory.dataJson(SamplesSnapshotTest.contextFiles());
    String sequential = snapshot(TestLinter.linter(data).lintAll(inputs, 1));
    String parallel = snapshot(TestLinter.linter(data).lintAll(inputs, 4));
    assertEquals(sequential, parallel);
  }

  @Test
  void inventoryRejectsFilesThatAreNotDescribeOutput(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path wrong = dir.resolve("instances.json");
    Files.writeString(wrong, "{\"Reservations\": []}");
    Inventory.InventoryException e = assertThrows(Inventory.InventoryException.class,
        () -> Inventory.dataJson(List.of(wrong)));
    assertTrue(e.getMessage().contains("describe-subnets"), e.getMessage());
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"Subnets\": [");
    assertThrows(Inventory.InventoryException.class, () -> Inventory.dataJson(List.of(broken)));
  }

  /**
   * A rule's Rego {@code default} for an option (used when the config leaves it unset) and the
   * default its METADATA declares (shown by config show, documented) must agree.
   */
  @Test
  void regoDefaultsOfRuleOptionsAreTheDeclaredDefaults() throws Exception {
    java.util.Map<String, java.util.Map<String, tools.jackson.databind.JsonNode>> declared = new java.util.TreeMap<>();
    TestLinter.CATALOG.rules().forEach(r -> r.options().forEach((name, schema) ->
        declared.computeIfAbsent(r.code(), c -> new java.util.TreeMap<>()).put(name, schema.get("default"))));
    assertTrue(!declared.isEmpty(), "no rule declares options: this test checks nothing");
    List<SpecInput> inputs = allSamples();
    List<Path> context = SamplesSnapshotTest.contextFiles();
    String unset = snapshot(TestLinter.linter(Inventory.dataJson(context)).lintAll(inputs, 2));
    String explicit = snapshot(TestLinter.linter(Inventory.dataJson(context, declared)).lintAll(inputs, 2));
    assertEquals(unset, explicit);
  }
}
