package dev.pmlint.check;

import dev.pmlint.model.Finding;
import dev.pmlint.source.SpecDocument;
import java.util.List;

/**
 * A check run on every parsed document: the schema validator today, the Rego policies next.
 * Implementations are shared by worker threads, so they must be thread-safe.
 */
public interface DocumentCheck {

  /** Findings for one document; their regions come from the document's locations. */
  List<Finding> check(SpecDocument document);

  /** What the check is called in {@code --timings}. */
  String stage();
}
