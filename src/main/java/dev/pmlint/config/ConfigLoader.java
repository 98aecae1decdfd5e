package dev.pmlint.config;

import dev.pmlint.lint.Glob;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Level;
import dev.pmlint.model.Region;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.rules.StructureRule;
import dev.pmlint.schema.SchemaCheck;
import dev.pmlint.source.InputLimits;
import dev.pmlint.source.ParseResult;
import dev.pmlint.source.SpecDocument;
import dev.pmlint.source.SpecFormat;
import dev.pmlint.source.SpecReader;
import dev.pmlint.suppress.ExternalSuppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Finds and reads {@code .pmlint.yaml}. The file is read by the same YAML reader as specs and
 * validated against its schema, so every problem has a line and column; a file with problems is
 * not used at all (exit 2), never half-applied.
 */
public final class ConfigLoader {

  public static final String FILE_NAME = ".pmlint.yaml";

  private final RuleCatalog catalog;

  public ConfigLoader(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The nearest {@value #FILE_NAME} from {@code start} up to the repository root (the first
   * directory holding {@code .git}), or up to the file-system root outside a repository.
   */
  public static Optional<Path> discover(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Reads and validates a config file. */
  public ConfigFile load(Path file, String displayPath) throws ConfigException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(List.of(displayPath + ": no such config file"));
    }
    ParseResult parsed = new SpecReader(InputLimits.DEFAULT).read(file, Optional.of(SpecFormat.YAML));
    List<String> problems = new ArrayList<>();
    // An empty file (comments only) is a valid config: every setting at its default.
    boolean empty = parsed.documents().isEmpty() && parsed.emptyDocuments().contains(0);
    for (Finding f : parsed.findings()) {
      boolean emptyFile = empty && f.rule() == StructureRule.SYNTAX_ERROR.rule();
      if (f.rule() != StructureRule.YAML_AMBIGUOUS_SCALAR.rule() && !emptyFile) {
        problems.add(problem(displayPath, f.region(), f.message()));
      }
    }
    if (parsed.documents().size() > 1) {
      problems.add(problem(displayPath, parsed.documents().get(1).locations().documentStart(),
          "The config file holds more than one YAML document; keep one."));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    if (parsed.documents().isEmpty()) {
      return new ConfigFile(file, displayPath, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Map.of(), Map.of(), List.of());
    }
    SpecDocument doc = parsed.documents().get(0);
    List<Finding> invalid = new ArrayList<>(new SchemaCheck(ConfigSchema.forCatalog(catalog)).check(doc));
    invalid.sort(Finding.BY_POSITION);
    for (Finding f : invalid) {
      problems.add(problem(displayPath, f.region(), f.message()));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new Reader(file, displayPath, doc, problems).read();
  }

  static String problem(String displayPath, Region region, String message) {
    return displayPath + ":" + region.startLine() + ":" + region.startColumn() + ": " + message;
  }

  /** Turns a document that passed the schema into settings, checking what the schema cannot. */
  private final class Reader {
    final Path file;
    final String displayPath;
    final SpecDocument doc;
    final JsonNode root;
    final List<String> problems;

    Reader(Path file, String displayPath, SpecDocument doc, List<String> problems) {
      this.file = file;
      this.displayPath = displayPath;
      this.doc = doc;
      this.root = doc.root();
      this.problems = problems;
    }

    ConfigFile read() throws ConfigException {
      Path dir = file.toAbsolutePath().normalize().getParent();
      Optional<Setting<Optional<Level>>> failLevel = optional("/fail-level", n -> levelOrOff(n.asString(), "none"));
      Optional<Setting<List<Path>>> context = optional("/context", n -> {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
          Path p = dir.resolve(n.get(i).asString()).normalize();
          if (!Files.isRegularFile(p)) {
            problems.add(problem(displayPath, doc.locations().atValue("/context/" + i),
                "Context file " + n.get(i).asString() + " does not exist (paths are relative to "
                    + displayPath + ")."));
          }
          paths.add(p);
        }
        return paths;
      });
      Optional<Setting<List<Glob>>> include = optional("/include", n -> globs("/include", n));
      Optional<Setting<List<Glob>>> exclude = optional("/exclude", n -> globs("/exclude", n));
      Map<String, Setting<Optional<Level>>> rules = new LinkedHashMap<>();
      Map<String, Map<String, Setting<JsonNode>>> options = new LinkedHashMap<>();
      JsonNode ruleNodes = root.path("rules");
      for (String code : ruleNodes.propertyNames()) {
        JsonNode settings = ruleNodes.get(code);
        for (String key : settings.propertyNames()) {
          String at = "/rules/" + code + "/" + key;
          if (key.equals("level")) {
            rules.put(code, new Setting<>(levelOrOff(settings.get(key).asString(), "off"), source(at)));
          } else {
            options.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(key, new Setting<>(settings.get(key), source(at)));
          }
        }
      }
      List<ExternalSuppression> suppressions = new ArrayList<>();
      JsonNode entries = root.path("suppressions");
      for (int i = 0; i < entries.size(); i++) {
        JsonNode e = entries.get(i);
        String at = "/suppressions/" + i;
        Glob glob = glob(at + "/file", e.get("file").asString());
        Rule rule = catalog.find(e.get("rule").asString()).orElseThrow();
        String pointer = e.has("pointer") ? e.get("pointer").asString() : null;
        String reason = e.path("reason").asString("").strip();
        Region region = doc.locations().atValue(at);
        suppressions.add(new ExternalSuppression(glob, rule, pointer, reason, region, at, source(at)));
      }
      if (!problems.isEmpty()) {
        throw new ConfigException(problems);
      }
      return new ConfigFile(file, displayPath, failLevel, context, include, exclude, rules, options, suppressions);
    }

    private <T> Optional<Setting<T>> optional(String pointer, java.util.function.Function<JsonNode, T> read) {
      JsonNode node = root.at(pointer);
      if (node.isMissingNode()) {
        return Optional.empty();
      }
      return Optional.of(new Setting<>(read.apply(node), source(pointer)));
    }

    private String source(String pointer) {
      return displayPath + ":" + doc.locations().atValue(pointer).startLine();
    }

    private List<Glob> globs(String pointer, JsonNode list) {
      List<Glob> globs = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        globs.add(glob(pointer + "/" + i, list.get(i).asString()));
      }
      return globs;
    }

    private Glob glob(String pointer, String text) {
      try {
        return Glob.of(text);
      } catch (IllegalArgumentException e) {
        problems.add(problem(displayPath, doc.locations().atValue(pointer), "Invalid glob: " + e.getMessage() + "."));
        return Glob.of("**");
      }
    }
  }

  /** A level, or empty for the word that means "none" ({@code off}, {@code none}). */
  static Optional<Level> levelOrOff(String text, String noneWord) {
    return text.equals(noneWord) ? Optional.empty() : Optional.of(Level.parse(text));
  }
}
