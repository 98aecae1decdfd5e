package dev.pmlint.schema;

import com.networknt.schema.Error;
import dev.pmlint.check.DocumentCheck;
import dev.pmlint.model.Finding;
import dev.pmlint.source.SpecDocument;
import java.util.ArrayList;
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
  public List<Finding> check(SpecDocument document) {
    List<Error> errors = schema.compiled().validate(document.root());
    List<Finding> findings = new ArrayList<>();
    for (Error error : errors) {
      mapper.map(error, document).ifPresent(findings::add);
    }
    return findings;
  }
}
