package dev.pmlint.lint;

import dev.pmlint.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of linting one file.
 *
 * @param input what was linted
 * @param findings every finding, sorted by position
 * @param documentsLinted documents checked
 * @param documentsSkipped documents of walked files that are not payment manager specs
 * @param internalError set when pmlint itself failed on this file (a bug; exit code 2)
 */
public record FileResult(
    SpecInput input,
    List<Finding> findings,
    int documentsLinted,
    int documentsSkipped,
    Optional<Throwable> internalError) {

  /** True when the file could not be read or parsed at all. */
  public boolean unreadable() {
    return documentsLinted == 0 && documentsSkipped == 0
        && findings.stream().anyMatch(f -> f.rule().code().equals("PM001"));
  }
}
