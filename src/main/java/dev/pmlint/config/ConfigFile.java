package dev.pmlint.config;

import dev.pmlint.lint.Glob;
import dev.pmlint.model.Level;
import dev.pmlint.suppress.ExternalSuppression;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a valid {@code .pmlint.yaml} sets; absent keys are empty. Paths and globs in it are
 * relative to its directory.
 *
 * @param path the file
 * @param displayPath how reports name it
 * @param failLevel the fail level (an empty level: never fail)
 * @param rules levels by rule code (an empty level: off)
 * @param options rule options by rule code and option name
 */
public record ConfigFile(
    Path path,
    String displayPath,
    Optional<Setting<Optional<Level>>> failLevel,
    Optional<Setting<List<Path>>> context,
    Optional<Setting<List<Glob>>> include,
    Optional<Setting<List<Glob>>> exclude,
    Map<String, Setting<Optional<Level>>> rules,
    Map<String, Map<String, Setting<JsonNode>>> options,
    List<ExternalSuppression> suppressions) {

  public Path directory() {
    return path.toAbsolutePath().normalize().getParent();
  }
}
