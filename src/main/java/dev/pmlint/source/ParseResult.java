package dev.pmlint.source;

import dev.pmlint.model.Finding;
import java.util.List;
import java.util.Set;

/**
 * What reading a file produced: the documents that parsed, the parser's own findings (syntax
 * errors, limits, duplicate keys, ambiguous YAML scalars) and the YAML comments that mention
 * pmlint (JSON has none).
 */
public record ParseResult(
    SourceText source, List<SpecDocument> documents, List<Finding> findings, Set<Integer> emptyDocuments,
    List<Comment> comments) {

  public ParseResult(SourceText source, List<SpecDocument> documents, List<Finding> findings) {
    this(source, documents, findings, Set.of(), List.of());
  }
}
