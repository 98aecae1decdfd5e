package dev.pmlint.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request schema ({@code schemas/create-payment-manager.schema.json}, shipped in the jar),
 * compiled once per run. The compiled schema is thread-safe; the raw tree answers questions the
 * validator's errors leave open (allowed member names, enum values, pattern wording).
 */
public final class SpecSchema {

  public static final String RESOURCE = "/pmlint/schemas/create-payment-manager.schema.json";

  private final JsonNode tree;
  private final Schema schema;
  private final String rootName;

  private SpecSchema(JsonNode tree, Schema schema, String rootName) {
    this.tree = tree;
    this.schema = schema;
    this.rootName = rootName;
  }

  /** Loads and compiles the request schema shipped with pmlint. */
  public static SpecSchema load() {
    return compile(resource(RESOURCE), "the request");
  }

  /** A schema shipped in the jar under {@code /pmlint/schemas/}, as a tree. */
  public static JsonNode resource(String path) {
    try (InputStream in = SpecSchema.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + path);
      }
      return JsonMapper.shared().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles a schema tree. Findings about it read like the request's, with {@code rootName}
   * naming the document as a whole ("the request", "the config file").
   */
  public static SpecSchema compile(JsonNode tree, String rootName) {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ROOT)
            .formatAssertionsEnabled(false)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config));
    Schema schema = registry.getSchema(SchemaLocation.of(tree.get("$id").asString()), tree);
    schema.initializeValidators();
    return new SpecSchema(tree, schema, rootName);
  }

  String rootName() {
    return rootName;
  }

  Schema compiled() {
    return schema;
  }

  public JsonNode tree() {
    return tree;
  }

  /** The date of the AWS API model the schema follows. */
  public String modelDate() {
    return tree.path("x-aws-model-date").asString("unknown");
  }

  /** Names of the request's top-level members. */
  public List<String> topLevelMembers() {
    List<String> names = new ArrayList<>();
    resolve(tree).path("properties").propertyNames().forEach(names::add);
    return names;
  }

  /** The subschema a networknt schema location fragment ({@code #/$defs/X/pattern}) names. */
  Optional<JsonNode> at(String fragmentPointer) {
    JsonNode node = tree.at(fragmentPointer);
    return node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  /** Follows a local {@code $ref} so callers see the shape's keywords. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int guard = 0; guard < 16 && current.has("$ref"); guard++) {
      String ref = current.get("$ref").asString();
      if (!ref.startsWith("#")) {
        break;
      }
      current = tree.at(ref.substring(1));
    }
    return current;
  }
}
