package dev.pmlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.pmlint.TestLinter;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every invalid sample, so every rule, keeps exact regions when the file changes in ways that
 * must not move findings: CRLF line ends, a comment line with a tab and non-ASCII text and a valid
 * document before it in a multi-document stream (YAML), and tab indentation (JSON).
 */
class RegionInvarianceTest {

  private static final Path INVALID = TestLinter.projectDir().resolve("samples/invalid");
  private static final String VALID_DOC =
      "# Zahlungsmanager für Agenten —\tünïcödé 😀\nname: Other\nauthorizerType: AWS_IAM\nroleArn: arn:aws:iam::123456789012:role/R\n---\n";

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> walk = Files.walk(INVALID)) {
      return walk.filter(p -> SpecFormat.ofFileName(p.toString()).isPresent())
          // byte-level samples: their bytes are the point, they cannot be re-encoded
          .filter(p -> !p.getFileName().toString().startsWith("latin1"))
          .sorted().toList().stream();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Finding> lint(String text, Path like) {
    return TestLinter.lint(text.getBytes(StandardCharsets.UTF_8), like.getFileName().toString());
  }

  private static String shifted(List<Finding> findings, int lines, int documents) {
    return findings.stream()
        .map(f -> {
          Region r = f.region();
          return f.rule().code() + "@" + (r.startLine() + lines) + ":" + r.startColumn() + "-"
              + (r.endLine() + lines) + ":" + r.endColumn() + " doc " + (f.document() + documents)
              + " " + f.pointer();
        })
        .collect(Collectors.joining("\n"));
  }

  @TestFactory
  Stream<DynamicTest> crlfKeepsEveryRegion() throws IOException {
    return samples().map(file -> dynamicTest(INVALID.relativize(file).toString(), () -> {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
      assertEquals(shifted(lint(text.replace("\r\n", "\n"), file), 0, 0), shifted(lint(crlf, file), 0, 0));
    }));
  }

  @TestFactory
  Stream<DynamicTest> aLeadingDocumentShiftsLinesOnly() throws IOException {
    return samples().filter(p -> p.toString().endsWith(".yaml"))
        .filter(p -> !read(p).isBlank() && !p.toString().contains("comments-only"))
        .map(file -> dynamicTest(INVALID.relativize(file).toString(), () -> {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          String combined = VALID_DOC + (text.startsWith("---") ? text.substring(text.indexOf('\n') + 1) : text);
          List<Finding> alone = lint(text, file);
          List<Finding> second = lint(combined, file);
          int offset = 5 - (text.startsWith("---") ? 1 : 0);
          assertEquals(shifted(withoutRootPm004(alone), offset, 1), shifted(withoutRootPm004(second), 0, 0));
        }));
  }

  /**
   * JSON samples re-indented with tabs (two spaces become one tab): every column moves left by the
   * number of tabs before it on its line, nothing else changes.
   */
  @TestFactory
  Stream<DynamicTest> tabIndentationMovesColumnsByTheTabs() throws IOException {
    return samples().filter(p -> p.toString().endsWith(".json"))
        .map(file -> dynamicTest(INVALID.relativize(file).toString(), () -> {
          String text = read(file).replace("\r\n", "\n");
          String[] lines = text.split("\n", -1);
          int[] tabsOnLine = new int[lines.length + 2];
          StringBuilder tabbed = new StringBuilder();
          for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int spaces = line.length() - line.stripLeading().length();
            int tabs = line.substring(0, spaces).equals(" ".repeat(spaces)) ? spaces / 2 : 0;
            tabsOnLine[i + 1] = tabs;
            tabbed.append("\t".repeat(tabs)).append(line.substring(tabs * 2));
            if (i < lines.length - 1) tabbed.append('\n');
          }
          List<Finding> spaced = lint(text, file);
          List<Finding> tabs = lint(tabbed.toString(), file);
          String expected = spaced.stream().map(f -> {
            Region r = f.region();
            int sc = r.startColumn() > tabsOnLine[r.startLine()] * 2 ? r.startColumn() - tabsOnLine[r.startLine()] : r.startColumn();
            int ec = r.endColumn() > tabsOnLine[r.endLine()] * 2 ? r.endColumn() - tabsOnLine[r.endLine()] : r.endColumn();
            return f.rule().code() + "@" + r.startLine() + ":" + sc + "-" + r.endLine() + ":" + ec + " " + f.pointer();
          }).collect(Collectors.joining("\n"));
          String actual = tabs.stream().map(f -> f.rule().code() + "@" + f.region() + " " + f.pointer())
              .collect(Collectors.joining("\n"));
          assertEquals(expected, actual);
        }));
  }

  /** Root-level PM004 is reported at the document start, which the leading document moves. */
  private static List<Finding> withoutRootPm004(List<Finding> findings) {
    return findings.stream()
        .filter(f -> !(f.rule().code().equals("PM004") && f.pointer().lastIndexOf('/') == 0))
        .filter(f -> !(f.rule().code().equals("PM001") && f.message().startsWith("The file is empty")))
        .toList();
  }
}
