package dev.pmlint.schema;

import com.networknt.schema.Error;
import dev.pmlint.check.DocumentCheck;
import dev.pmlint.model.Finding;
import dev.pmlint.source.SpecDocument;
import dev.pmlint.rules.StructureRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/** Validates each document against the request schema and maps errors onto PM003..PM011. */
public final class SchemaCheck implements DocumentCheck {

  private final SpecSchema schema;
  private final SchemaErrorMapper mapper;

  public SchemaCheck(SpecSchema schema) {
    this.schema = schema;
    this.mapper = new SchemaErrorMapper(schema);
  }

  @Override
  public String stage() {
    return "schema";
  }

  @Override
  public List<Finding> check(SpecDocument document) {
    List<Error> errors = schema.compiled().validate(document.root());
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Error error : errors) {
      // One key can break several key constraints that read as one finding; keep it once.
      mapper.map(error, document)
          .filter(f -> seen.add(f.rule().code() + f.pointer() + f.message()))
          .ifPresent(findings::add);
    }
    // A value that is too long or short usually breaks the pattern too; the size says more.
    Set<String> sized = new HashSet<>();
    for (Finding f : findings) {
      if (f.rule() == StructureRule.OUT_OF_RANGE.rule()) {
        sized.add(f.pointer());
      }
    }
    findings.removeIf(f -> f.rule() == StructureRule.PATTERN_MISMATCH.rule() && sized.contains(f.pointer()));
    return findings;
  }
}
