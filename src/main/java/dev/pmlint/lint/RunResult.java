package dev.pmlint.lint;

import dev.pmlint.model.BaselineEntry;
import dev.pmlint.model.BaselineState;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one run found, in path order.
 *
 * @param files spec files, then the config file when it has findings of its own
 * @param baselineUsed whether findings were compared with a baseline
 * @param fixed baseline entries of linted files that no finding matched any more
 * @param excludedFiles files left out by the config's include/exclude globs
 */
public record RunResult(Path root, List<FileResult> files, boolean baselineUsed, List<BaselineEntry> fixed,
    int excludedFiles) {

  private Stream<Finding> findings() {
    return files.stream().flatMap(f -> f.findings().stream());
  }

  /** Findings that count (not suppressed, not in the baseline) at a level. */
  public long count(Level level) {
    return findings().filter(Finding::active).filter(f -> f.level() == level).count();
  }

  public long suppressedCount() {
    return findings().filter(Finding::suppressed).count();
  }

  public long unchangedCount() {
    return findings().filter(f -> !f.suppressed() && f.baselineState() == BaselineState.UNCHANGED).count();
  }

  /** Spec files linted (the config file is not one). */
  public long specFiles() {
    return files.stream().filter(f -> f.input().kind() == SpecInput.Kind.SPEC).count();
  }

  public int documentsLinted() {
    return files.stream().mapToInt(FileResult::documentsLinted).sum();
  }

  public int documentsSkipped() {
    return files.stream().mapToInt(FileResult::documentsSkipped).sum();
  }

  public boolean hasInternalError() {
    return files.stream().anyMatch(f -> f.internalError().isPresent());
  }

  /** True when some finding that counts is at or above the threshold; {@code null} means never fail. */
  public boolean failsAt(Level threshold) {
    if (threshold == null) {
      return false;
    }
    return findings().filter(Finding::active).map(Finding::level).anyMatch(l -> l.atLeast(threshold));
  }
}
