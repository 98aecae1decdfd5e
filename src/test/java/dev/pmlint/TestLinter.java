package dev.pmlint;

import dev.pmlint.cli.Catalogs;
import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.Linter;
import dev.pmlint.lint.SpecInput;
import dev.pmlint.lint.StageTimes;
import dev.pmlint.model.Finding;
import dev.pmlint.policy.PolicyCheck;
import dev.pmlint.policy.PolicyEngine;
import dev.pmlint.policy.WasmEngine;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.rules.RuleLevels;
import dev.pmlint.suppress.Suppressor;
import dev.pmlint.schema.SchemaCheck;
import dev.pmlint.schema.SpecSchema;
import dev.pmlint.source.InputLimits;
import dev.pmlint.source.SpecFormat;
import dev.pmlint.source.SpecReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One linter for the whole test run (schema compiled once), with helpers for inline specs. */
public final class TestLinter {

  public static final SpecSchema SCHEMA = SpecSchema.load();
  public static final RuleCatalog CATALOG = Catalogs.load();
  public static final Linter LINTER = linter("{}");

  /** A linter with every check, the policies seeing {@code data} (the --context inventory). */
  public static Linter linter(String data) {
    return linter(data, WasmEngine.COMPILER);
  }

  public static Linter linter(String data, WasmEngine mode) {
    PolicyEngine engine = new PolicyEngine(mode, data);
    return new Linter(new SpecReader(InputLimits.DEFAULT),
        List.of(new SchemaCheck(SCHEMA), new PolicyCheck(engine, CATALOG.rules(Rule.Origin.POLICY), InputLimits.DEFAULT)),
        SCHEMA.topLevelMembers(), Suppressor.levelsOnly(CATALOG, RuleLevels.DEFAULTS), StageTimes.off());
  }

  private TestLinter() {}

  public static Path projectDir() {
    return Path.of(System.getProperty("pmlint.projectDir", ".")).toAbsolutePath().normalize();
  }

  public static List<Finding> yaml(String text) {
    return lint(text.getBytes(StandardCharsets.UTF_8), "spec.yaml");
  }

  public static List<Finding> json(String text) {
    return lint(text.getBytes(StandardCharsets.UTF_8), "spec.json");
  }

  public static List<Finding> lint(byte[] bytes, String name) {
    return lint(LINTER, bytes, name);
  }

  public static List<Finding> lint(Linter linter, byte[] bytes, String name) {
    FileResult r = linter.lint(new SpecInput(name, Optional.empty(), true, SpecFormat.ofFileName(name)),
        new ByteArrayInputStream(bytes));
    r.internalError().ifPresent(e -> { throw new AssertionError("internal error", e); });
    return r.findings();
  }

  public static FileResult file(Path file) {
    return LINTER.lint(SpecInput.file(file, projectDir(), true));
  }

  /** Findings as {@code CODE@line:col-line:col}, for compact exact assertions. */
  public static List<String> where(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.rule().code() + "@" + f.region())
        .collect(Collectors.toList());
  }

  /** One finding per line: region, level, rule, document, pointer, message. */
  public static String snapshot(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(f.region()).append(' ').append(f.level().id()).append(' ')
          .append(f.rule().code()).append(' ').append(f.rule().name())
          .append(" [doc ").append(f.document()).append("] ")
          .append(f.pointer().isEmpty() ? "(root)" : f.pointer()).append(": ")
          .append(f.message());
      if (f.suppression() != null) {
        sb.append(" [suppressed ").append(f.suppression().kind().sarifId()).append(" at ")
            .append(f.suppression().origin()).append(": ").append(f.suppression().reason()).append(']');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
