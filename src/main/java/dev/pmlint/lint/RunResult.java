package dev.pmlint.lint;

import dev.pmlint.model.Finding;
import dev.pmlint.model.Level;
import java.nio.file.Path;
import java.util.List;

/** Everything one run found, in path order. */
public record RunResult(Path root, List<FileResult> files) {

  public long count(Level level) {
    return files.stream().flatMap(f -> f.findings().stream()).filter(f -> f.level() == level).count();
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

  /** True when some finding is at or above the threshold; {@code null} means never fail. */
  public boolean failsAt(Level threshold) {
    if (threshold == null) {
      return false;
    }
    return files.stream().flatMap(f -> f.findings().stream()).map(Finding::level).anyMatch(l -> l.atLeast(threshold));
  }
}
