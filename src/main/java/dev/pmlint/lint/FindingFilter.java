package dev.pmlint.lint;

import dev.pmlint.model.Finding;
import dev.pmlint.source.ParseResult;
import java.util.List;

/**
 * What a run does with a file's findings once the checks are done: configured levels and
 * suppressions. Called from worker threads, so implementations are thread-safe.
 */
@FunctionalInterface
public interface FindingFilter {

  List<Finding> apply(SpecInput input, ParseResult parsed, List<Finding> findings);
}
