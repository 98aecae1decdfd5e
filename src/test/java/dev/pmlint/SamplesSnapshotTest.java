package dev.pmlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.Linter;
import dev.pmlint.lint.SpecInput;
import dev.pmlint.policy.Inventory;
import dev.pmlint.source.SpecFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in samples/valid lints clean; every file in samples/invalid/PMxxx-name/ yields
 * exactly the findings in the reviewed {@code <file>.findings} beside it, among them at least
 * one of the folder's rule. Every sample is linted with the network inventory of samples/context
 * (as {@code --context}), so the PM5xx rules run too. Regenerate with {@code mvn test -Dsnapshots.update=true}, then read
 * the diff.
 */
public class SamplesSnapshotTest {

  private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");
  private static final Path SAMPLES = TestLinter.projectDir().resolve("samples");
  public static final Linter LINTER = TestLinter.linter(Inventory.dataJson(contextFiles()));

  public static List<Path> contextFiles() {
    try (Stream<Path> files = Files.list(SAMPLES.resolve("context"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static FileResult lint(Path file) {
    return LINTER.lint(SpecInput.file(file, TestLinter.projectDir(), true));
  }

  @TestFactory
  Stream<DynamicTest> validSamplesHaveNoFindings() throws IOException {
    return specs(SAMPLES.resolve("valid")).map(file -> dynamicTest(name(file), () -> {
      FileResult result = lint(file);
      assertEquals("", TestLinter.snapshot(result.findings()), "findings in a valid sample");
      assertTrue(result.documentsLinted() > 0, "no document linted");
    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidSamplesMatchTheirSnapshots() throws IOException {
    return specs(SAMPLES.resolve("invalid")).map(file -> dynamicTest(name(file), () -> {
      FileResult result = lint(file);
      String actual = TestLinter.snapshot(result.findings());
      Path expectedFile = file.resolveSibling(file.getFileName() + ".findings");
      if (UPDATE) {
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(expectedFile), "missing snapshot " + expectedFile + " (run with -Dsnapshots.update=true)");
      assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "findings of " + file);
      String code = file.getParent().getFileName().toString().substring(0, 5);
      assertTrue(result.findings().stream().anyMatch(f -> f.rule().code().equals(code)),
          file + " is in the " + code + " folder but yields no " + code + " finding");
    }));
  }

  static Stream<Path> specs(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(Files::isRegularFile)
          .filter(p -> SpecFormat.ofFileName(p.getFileName().toString()).isPresent())
          .sorted().toList();
      return files.stream();
    }
  }

  private static String name(Path file) {
    return SAMPLES.relativize(file).toString();
  }
}
