package dev.pmlint.baseline;

import dev.pmlint.lint.FileResult;
import dev.pmlint.lint.RunResult;
import dev.pmlint.lint.SpecInput;
import dev.pmlint.model.BaselineEntry;
import dev.pmlint.model.BaselineState;
import dev.pmlint.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A baseline file: the findings a repository has accepted for now, so a run fails only on new
 * ones. Paths in it are relative to its own directory, so it works from any working directory;
 * entries are sorted, so regenerating it gives a reviewable diff.
 */
public final class Baseline {

  public static final int FORMAT_VERSION = 1;
  /** Largest baseline read: some 100,000 entries. */
  static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final String FORMAT_KEY = "pmlint-baseline";
  private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
      .thenComparingInt(BaselineEntry::document).thenComparing(BaselineEntry::pointer)
      .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::value).thenComparing(BaselineEntry::message);

  private final Path directory;
  private final List<BaselineEntry> entries;

  private Baseline(Path directory, List<BaselineEntry> entries) {
    this.directory = directory.toAbsolutePath().normalize();
    this.entries = entries.stream().sorted(ORDER).toList();
  }

  public List<BaselineEntry> entries() {
    return entries;
  }

  /** The baseline of a run: every finding that counts (suppressed ones need no entry). */
  public static Baseline of(RunResult result, Path file) {
    Path dir = parent(file);
    List<BaselineEntry> entries = new ArrayList<>();
    for (FileResult f : result.files()) {
      String path = keyPath(f.input(), dir);
      for (Finding finding : f.findings()) {
        if (!finding.suppressed()) {
          entries.add(entry(path, finding));
        }
      }
    }
    return new Baseline(dir, entries);
  }

  private static BaselineEntry entry(String path, Finding f) {
    return new BaselineEntry(path, f.rule().code(), f.document(), f.pointer(), f.valueDigest(),
        f.level().id(), f.message());
  }

  public void write(Path file) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put(FORMAT_KEY, FORMAT_VERSION);
    ArrayNode list = root.putArray("findings");
    for (BaselineEntry e : entries) {
      ObjectNode n = list.addObject();
      n.put("file", e.file());
      n.put("rule", e.rule());
      n.put("document", e.document());
      n.put("pointer", e.pointer());
      n.put("value", e.value());
      n.put("level", e.level());
      n.put("message", e.message());
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
  }

  /** @throws BaselineException when the file is missing or not a pmlint baseline */
  public static Baseline read(Path file) throws BaselineException {
    JsonNode root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BaselineException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB, the baseline limit");
      }
      root = JsonMapper.shared().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BaselineException(file + ": no such baseline file (create it with 'pmlint baseline write "
          + file + "')");
    } catch (IOException | JacksonException e) {
      throw new BaselineException(file + ": not a pmlint baseline: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject() || root.path(FORMAT_KEY).asInt(-1) != FORMAT_VERSION
        || !root.path("findings").isArray()) {
      throw new BaselineException(file + ": not a pmlint baseline (version " + FORMAT_VERSION
          + "): expected {\"" + FORMAT_KEY + "\": " + FORMAT_VERSION + ", \"findings\": [...]}");
    }
    List<BaselineEntry> entries = new ArrayList<>();
    int i = 0;
    for (JsonNode n : root.get("findings")) {
      if (!n.path("file").isString() || !n.path("rule").isString() || !n.path("pointer").isString()
          || !n.path("value").isString() || !n.path("document").isInt()) {
        throw new BaselineException(file + ": findings[" + i + "] needs file, rule, document, pointer and value");
      }
      entries.add(new BaselineEntry(n.get("file").asString(), n.get("rule").asString(), n.get("document").asInt(),
          n.get("pointer").asString(), n.get("value").asString(), n.path("level").asString("warning"),
          n.path("message").asString("")));
      i++;
    }
    return new Baseline(parent(file), entries);
  }

  /**
   * Marks each counting finding NEW or UNCHANGED and lists the entries that no finding matched
   * any more (their paths as this run shows them). Only entries of files this run linted can be fixed: a run over part of the
   * repository says nothing about the rest.
   */
  public RunResult compare(RunResult result) {
    Map<String, Integer> remaining = new HashMap<>();
    for (BaselineEntry e : entries) {
      remaining.merge(e.key(), 1, Integer::sum);
    }
    Map<String, String> linted = new HashMap<>(); // key path -> display path
    List<FileResult> files = new ArrayList<>();
    for (FileResult f : result.files()) {
      String path = keyPath(f.input(), directory);
      linted.put(path, f.input().displayPath());
      List<Finding> marked = new ArrayList<>();
      for (Finding finding : f.findings()) {
        if (finding.suppressed()) {
          marked.add(finding);
          continue;
        }
        String key = entry(path, finding).key();
        Integer left = remaining.get(key);
        if (left != null && left > 0) {
          remaining.put(key, left - 1);
          marked.add(finding.withBaselineState(BaselineState.UNCHANGED));
        } else {
          marked.add(finding.withBaselineState(BaselineState.NEW));
        }
      }
      files.add(new FileResult(f.input(), List.copyOf(marked), f.documentsLinted(), f.documentsSkipped(),
          f.internalError()));
    }
    List<BaselineEntry> fixed = new ArrayList<>();
    for (BaselineEntry e : entries) {
      Integer left = remaining.get(e.key());
      if (linted.containsKey(e.file()) && left != null && left > 0) {
        remaining.put(e.key(), left - 1);
        // Reported like findings: with the path as this run shows it.
        fixed.add(new BaselineEntry(linted.get(e.file()), e.rule(), e.document(), e.pointer(), e.value(),
            e.level(), e.message()));
      }
    }
    return new RunResult(result.root(), files, true, List.copyOf(fixed), result.excludedFiles());
  }

  /** Where a baseline entry's file lies, relative to the baseline (absolute when outside it). */
  public static String keyPath(SpecInput input, Path baselineDir) {
    return input.path().map(p -> SpecInput.displayPath(p, baselineDir)).orElse(input.displayPath());
  }

  private static Path parent(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("/") : parent;
  }

  /** A baseline file that cannot be used (exit 2). */
  public static final class BaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
      super(message);
    }
  }
}
