package dev.pmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.SamplesSnapshotTest;
import dev.pmlint.TestLinter;
import dev.pmlint.cli.CliTest;
import dev.pmlint.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue is the one declaration of rule metadata: its pages, samples, README table and
 * the examples in each page must agree with it.
 */
class RuleCatalogTest {

  private static final Path ROOT = TestLinter.projectDir();
  private static final Path DOCS = ROOT.resolve("docs/rules");
  private static final RuleCatalog CATALOG = TestLinter.CATALOG;
  private static final Pattern FENCE = Pattern.compile("```(yaml|json)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void metadataIsWellFormed() {
    Set<String> names = new HashSet<>();
    for (Rule r : CATALOG.rules()) {
      assertTrue(r.code().matches("PM\\d{3}"), r.code());
      assertTrue(r.name().matches("[a-z]+(-[a-z0-9]+)*"), r.name());
      assertTrue(names.add(r.name()), "duplicate name " + r.name());
      assertFalse(r.summary().endsWith("."), "summary ends with a period: " + r.code());
      assertTrue(Character.isUpperCase(r.summary().charAt(0)), r.code());
      r.options().forEach((name, schema) -> {
        assertTrue(name.matches("[a-z]+(-[a-z0-9]+)*"), r.code() + " option " + name);
        assertTrue(schema.path("description").isString(), r.code() + " option " + name + " lacks a description");
        assertTrue(schema.has("default"), r.code() + " option " + name + " lacks a default");
      });
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasAPageAndSamples() {
    return CATALOG.rules().stream().map(r -> DynamicTest.dynamicTest(r.code(), () -> {
      Path page = DOCS.resolve(r.docFileName());
      assertTrue(Files.exists(page), "missing " + page);
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      assertEquals("# " + r.code() + " " + r.name(), lines.get(0));
      assertEquals("**Summary**: " + r.summary() + " · **Default level**: " + r.defaultLevel().id(), lines.get(2));
      String text = String.join("\n", lines);
      for (String section : List.of("## What it finds", "## Why it matters", "## Example", "## Fix")) {
        // (policy pages also name their source file)
        assertTrue(text.contains("\n" + section + "\n"), r.code() + " page lacks " + section);
      }
      if (!r.options().isEmpty()) {
        assertTrue(text.contains("\n## Options\n"), r.code() + " has options but its page lacks ## Options");
        String options = text.substring(text.indexOf("\n## Options\n"));
        options = options.substring(0, Math.max(options.indexOf("\n## ", 1), 0) == 0 ? options.length() : options.indexOf("\n## ", 1));
        for (String name : r.options().keySet()) {
          assertTrue(options.contains("`" + name + "`"), r.code() + " page does not document option " + name);
        }
      }
      Path samples = ROOT.resolve("samples/invalid/" + r.code() + "-" + r.name());
      assertTrue(Files.isDirectory(samples), "missing " + samples);
    }));
  }

  @Test
  void everyPageBelongsToARule() throws IOException {
    Set<String> expected = new HashSet<>();
    CATALOG.rules().forEach(r -> expected.add(r.docFileName()));
    try (Stream<Path> pages = Files.list(DOCS)) {
      for (Path p : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
        String name = p.getFileName().toString();
        assertTrue(name.equals("README.md") || expected.contains(name), "page without a rule: " + name);
      }
    }
  }

  /** The Example of each page fires its rule; the Fix does not. */
  @TestFactory
  Stream<DynamicTest> pageExamplesBehaveAsDocumented() {
    return CATALOG.rules().stream().map(r -> DynamicTest.dynamicTest(r.code(), () -> {
      String page = Files.readString(DOCS.resolve(r.docFileName()), StandardCharsets.UTF_8);
      List<String> seen = new ArrayList<>();
      for (String part : page.split("\n## ")) {
        String section = part.startsWith("Example") ? "Example" : part.startsWith("Fix") ? "Fix" : null;
        Matcher m = FENCE.matcher(part);
        if (section == null || !m.find()) {
          continue;
        }
        String ext = m.group(1);
        // With the samples' network inventory, so the PM5xx examples run as documented.
        List<Finding> findings = TestLinter.lint(SamplesSnapshotTest.LINTER,
            m.group(2).getBytes(StandardCharsets.UTF_8), "example." + ext);
        boolean fires = findings.stream().anyMatch(f -> f.rule().code().equals(r.code()));
        assertEquals(section.equals("Example"), fires, r.code() + " " + section + ": " + findings);
        seen.add(section);
      }
      assertTrue(seen.contains("Example") && seen.contains("Fix"), r.code() + " lacks example blocks");
    }));
  }

  @Test
  void readmeShowsTheCiSnippetsThatTheTestsRun() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    for (String snippet : List.of("github-actions.yml", "gitlab-ci.yml", "pre-commit-config.yaml")) {
      String text = Files.readString(ROOT.resolve("docs/ci/" + snippet), StandardCharsets.UTF_8).stripTrailing();
      assertTrue(readme.contains("```yaml\n" + text + "\n```"), "README lacks docs/ci/" + snippet + " verbatim");
    }
  }

  @Test
  void readmeAndDocsIndexShowTheCatalogue() throws IOException {
    String table = CliTest.run("rules", "--format", "markdown").out();
    for (Path file : List.of(ROOT.resolve("README.md"), DOCS.resolve("README.md"))) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String expected = file.startsWith(DOCS) ? table.replace("](docs/rules/", "](") : table;
      int start = text.indexOf("<!-- rules:start -->\n");
      int end = text.indexOf("<!-- rules:end -->");
      assertTrue(start >= 0 && end > start, file + " lacks the rules markers");
      assertEquals(expected, text.substring(start + "<!-- rules:start -->\n".length(), end),
          file + " rule table is stale: paste `pmlint rules --format markdown`");
    }
  }
}
