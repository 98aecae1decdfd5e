package dev.pmlint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.TestLinter;
import dev.pmlint.lint.FileResult;
import dev.pmlint.model.Finding;
import dev.pmlint.source.ParseResult;
import dev.pmlint.source.Pointers;
import dev.pmlint.source.SpecDocument;
import dev.pmlint.source.SpecFormat;
import dev.pmlint.source.SpecReader;
import dev.pmlint.source.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The samples exercise the whole schema: every member appears in a sample, and every constraint
 * of every shape is broken by some invalid sample. Adding a member or constraint to the schema
 * without a sample fails here.
 */
class SchemaCoverageTest {

  private static final JsonNode TREE = TestLinter.SCHEMA.tree();
  private static final JsonNode DEFS = TREE.get("$defs");
  private static final Path SAMPLES = TestLinter.projectDir().resolve("samples");
  private static final Set<String> ANNOTATIONS = Set.of("description", "title", "$comment",
      "patternErrorMessage", "$ref", "properties", "items", "$defs", "$id", "$schema", "x-aws-model-date");
  /** Members that rules of a later stage flag in any spec, so valid samples cannot hold them. */
  private static final Set<String> ONLY_IN_INVALID_SAMPLES = Set.of(
      "CreatePaymentManagerRequest.clientToken",
      "CustomJWTAuthorizerConfiguration.allowedWorkloadConfiguration",
      "AllowedWorkloadConfiguration.hostingEnvironments",
      "AllowedWorkloadConfiguration.workloadIdentities",
      "HostingEnvironment.arn");

  @Test
  void everyValidatingKeywordHasARule() {
    Set<String> used = new TreeSet<>();
    collectKeywords(TREE, used);
    used.removeAll(ANNOTATIONS);
    used.removeAll(SchemaErrorMapper.MAPPED_KEYWORDS);
    assertEquals(Set.of(), used, "schema keywords no rule maps");
  }

  @Test
  void everyMemberAppearsInASample() throws IOException {
    Set<String> inValid = membersIn(SAMPLES.resolve("valid"));
    Set<String> inInvalid = membersIn(SAMPLES.resolve("invalid"));
    List<String> missing = new ArrayList<>();
    for (var def : DEFS.properties()) {
      for (String member : def.getValue().path("properties").propertyNames()) {
        String id = def.getKey() + "." + member;
        boolean covered = ONLY_IN_INVALID_SAMPLES.contains(id) ? inInvalid.contains(id) : inValid.contains(id);
        if (!covered) missing.add(id);
      }
    }
    assertEquals(List.of(), missing, "members no sample uses");
  }

  @Test
  void everyConstraintIsBrokenByAnInvalidSample() throws IOException {
    Set<String> broken = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SAMPLES.resolve("invalid"))) {
      for (Path file : files.filter(p -> SpecFormat.ofFileName(p.toString()).isPresent()).toList()) {
        FileResult result = TestLinter.file(file);
        for (Finding f : result.findings()) {
          constraintOf(f).ifPresent(broken::add);
        }
      }
    }
    List<String> unbroken = new ArrayList<>();
    Set<String> keyOnly = keyOnlyShapes();
    for (var def : DEFS.properties()) {
      if (keyOnly.contains(def.getKey())) continue; // checked through the map's propertyNames
      JsonNode shape = def.getValue();
      for (String keyword : shape.propertyNames()) {
        if (ANNOTATIONS.contains(keyword) || keyword.equals("type")) continue;
        if (keyword.equals("additionalProperties") && !shape.get(keyword).isBoolean()) continue;
        if (keyword.equals("minItems") && shape.get(keyword).asInt() == 0) continue;
        if (keyword.equals("minLength") && shape.get(keyword).asInt() == 0) continue;
        if (keyword.equals("minProperties") && shape.get(keyword).asInt() == 0) continue;
        if (keyword.equals("propertyNames")) {
          JsonNode keySchema = TREE.at(shape.get(keyword).get("$ref").asString().substring(1));
          for (String k : keySchema.propertyNames()) {
            if (Set.of("pattern", "minLength", "maxLength").contains(k) && !(k.equals("minLength") && keySchema.get(k).asInt() == 0)) {
              String id = def.getKey() + ".propertyNames." + k;
              if (!broken.contains(id)) unbroken.add(id);
            }
          }
          continue;
        }
        String id = def.getKey() + "." + keyword;
        if (!broken.contains(id)) unbroken.add(id);
      }
    }
    for (String type : List.of("string", "array", "object")) {
      if (!broken.contains("type." + type)) unbroken.add("type." + type);
    }
    assertEquals(List.of(), unbroken, "constraints no invalid sample breaks");
  }

  /** Shapes used only as map keys ({@code propertyNames}), such as TagKey. */
  private static Set<String> keyOnlyShapes() {
    Set<String> asKey = new TreeSet<>();
    Set<String> elsewhere = new TreeSet<>();
    collectRefs(TREE, false, asKey, elsewhere);
    asKey.removeAll(elsewhere);
    return asKey;
  }

  private static void collectRefs(JsonNode node, boolean underKey, Set<String> asKey, Set<String> elsewhere) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        if (e.getKey().equals("$ref")) {
          String name = e.getValue().asString().substring("#/$defs/".length());
          (underKey ? asKey : elsewhere).add(name);
        } else {
          collectRefs(e.getValue(), underKey || e.getKey().equals("propertyNames"), asKey, elsewhere);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) collectRefs(item, underKey, asKey, elsewhere);
    }
  }

  /** Which shape and keyword a finding shows broken, e.g. {@code PaymentManagerName.maxLength}. */
  private static java.util.Optional<String> constraintOf(Finding f) {
    String code = f.rule().code();
    String pointer = f.pointer();
    boolean aboutKey = f.message().startsWith("Key ");
    String owner = switch (code) {
      case "PM003", "PM004" -> shapeAt(Pointers.parent(pointer));
      case "PM007", "PM008" -> aboutKey ? shapeAt(Pointers.parent(pointer)) : shapeAt(pointer);
      case "PM011" -> shapeAt(Pointers.parent(pointer));
      default -> shapeAt(pointer);
    };
    if (owner == null) return java.util.Optional.empty();
    String prefix = aboutKey ? owner + ".propertyNames." : owner + ".";
    String keyword = switch (code) {
      case "PM003" -> "additionalProperties";
      case "PM004" -> "required";
      case "PM006" -> "enum";
      case "PM007" -> "pattern";
      case "PM009" -> "oneOf";
      case "PM011" -> "uniqueItems";
      case "PM008" -> sizeKeyword(owner, f.message(), aboutKey);
      case "PM005" -> null;
      default -> null;
    };
    if (code.equals("PM005")) {
      return java.util.Optional.of("type." + DEFS.get(owner).path("type").asString());
    }
    return keyword == null ? java.util.Optional.empty() : java.util.Optional.of(prefix + keyword);
  }

  private static String sizeKeyword(String owner, String message, boolean aboutKey) {
    String kind = aboutKey ? "Length" : switch (DEFS.get(owner).path("type").asString()) {
      case "array" -> "Items";
      case "object" -> "Properties";
      default -> "Length";
    };
    return (message.contains("at least") ? "min" : "max") + kind;
  }

  /** The $defs name of the shape at an instance pointer, or null if the pointer leaves the schema. */
  static String shapeAt(String pointer) {
    String shape = "CreatePaymentManagerRequest";
    if (pointer.isEmpty()) return shape;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      JsonNode def = DEFS.get(shape);
      JsonNode next = def.path("properties").path(segment);
      if (next.isMissingNode()) next = def.path("items");
      if (next.isMissingNode() && def.path("additionalProperties").isObject()) next = def.get("additionalProperties");
      if (next.isMissingNode() || !next.has("$ref")) return null;
      shape = next.get("$ref").asString().substring("#/$defs/".length());
    }
    return shape;
  }

  private static Set<String> membersIn(Path dir) throws IOException {
    Set<String> members = new TreeSet<>();
    SpecReader reader = new SpecReader(InputLimits.DEFAULT);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> SpecFormat.ofFileName(p.toString()).isPresent()).toList()) {
        ParseResult parsed = reader.read(file, SpecFormat.ofFileName(file.toString()));
        for (SpecDocument doc : parsed.documents()) {
          collectMembers(doc.root(), "", members);
        }
      }
    }
    return members;
  }

  private static void collectMembers(JsonNode node, String pointer, Set<String> out) {
    if (node.isObject()) {
      String shape = shapeAt(pointer);
      for (var e : node.properties()) {
        if (shape != null) out.add(shape + "." + e.getKey());
        collectMembers(e.getValue(), Pointers.child(pointer, e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) collectMembers(node.get(i), Pointers.child(pointer, i), out);
    }
  }

  private static void collectKeywords(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        if (e.getKey().equals("properties") || e.getKey().equals("$defs")) {
          for (var sub : e.getValue().properties()) collectKeywords(sub.getValue(), out);
        } else {
          out.add(e.getKey());
          if (e.getValue().isObject() || e.getValue().isArray()) collectKeywords(e.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.isObject()) collectKeywords(item, out);
      }
    }
  }

  @Test
  void shapeResolution() {
    assertEquals("PaymentManagerName", shapeAt("/name"));
    assertEquals("TagValue", shapeAt("/tags/team"));
    assertEquals("SubnetId", shapeAt("/authorizerConfiguration/customJWTAuthorizer/privateEndpoint/managedVpcResource/subnetIds/0"));
    assertTrue(shapeAt("/nope") == null);
  }
}
