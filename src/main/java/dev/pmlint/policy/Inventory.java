package dev.pmlint.policy;

import dev.pmlint.source.IoErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} the policies see. Mostly the network inventory of {@code --context FILE}: the JSON that {@code aws ec2
 * describe-subnets}, {@code describe-security-groups} and {@code describe-vpcs} print, recognised
 * by their top-level {@code Subnets}, {@code SecurityGroups} and {@code Vpcs}. The policies see it
 * as {@code data.inventory}, each kind an object keyed by the resource id ({@code SubnetId},
 * {@code GroupId}, {@code VpcId}); a kind no file gave stays absent, so its rules stay silent.
 * Keying here, once per run, spares the policies rebuilding the index on every evaluation (with
 * 2,000 subnets that cost 2 ms per document).
 */
public final class Inventory {

  /** Largest context file read; describe output of very large accounts fits well within it. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** A kind of inventory: its member in describe output, its name under data.inventory, its id. */
  private record Kind(String member, String name, String id) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("Subnets", "subnets", "SubnetId"),
      new Kind("SecurityGroups", "securityGroups", "GroupId"),
      new Kind("Vpcs", "vpcs", "VpcId"));

  private Inventory() {}

  /** The {@code data} document for the policies. */
  public static String dataJson(List<Path> files) {
    return dataJson(files, Map.of());
  }

  /**
   * The {@code data} document for the policies: the inventory under {@code inventory}, and the
   * rule options (by rule code, then option name) under {@code options}.
   */
  public static String dataJson(List<Path> files, Map<String, Map<String, JsonNode>> options) {
    if (files.isEmpty() && options.isEmpty()) {
      return "{}";
    }
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    if (!options.isEmpty()) {
      ObjectNode byRule = data.putObject("options");
      options.forEach((code, values) -> {
        ObjectNode rule = byRule.putObject(code);
        values.forEach(rule::set);
      });
    }
    if (files.isEmpty()) {
      return JsonMapper.shared().writeValueAsString(data);
    }
    Map<String, ObjectNode> merged = new LinkedHashMap<>();
    for (Path file : files) {
      JsonNode root = read(file);
      boolean recognised = false;
      for (Kind kind : KINDS) {
        JsonNode items = root.get(kind.member());
        if (items != null && items.isArray()) {
          ObjectNode byId = merged.computeIfAbsent(kind.name(), k -> JsonNodeFactory.instance.objectNode());
          for (JsonNode item : items) {
            JsonNode id = item.get(kind.id());
            if (id != null && id.isString()) {
              byId.set(id.asString(), item); // the same resource in two files: the later one
            }
          }
          recognised = true;
        }
      }
      if (!recognised) {
        throw new InventoryException(file + " is not the JSON output of aws ec2 describe-subnets,"
            + " describe-security-groups or describe-vpcs (no top-level Subnets, SecurityGroups or Vpcs)");
      }
    }
    ObjectNode inventory = data.putObject("inventory");
    merged.forEach(inventory::set);
    return JsonMapper.shared().writeValueAsString(data);
  }

  private static JsonNode read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InventoryException(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      JsonNode root = JsonMapper.shared().readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new InventoryException(file + " is not a JSON object");
      }
      return root;
    } catch (JacksonException e) {
      var at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : " at " + at.getLineNr() + ":" + at.getColumnNr();
      throw new InventoryException(file + " is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InventoryException("cannot read " + file + ": " + IoErrors.describe(e));
    }
  }

  /** A context file that cannot be used: a configuration error (exit 2). */
  public static final class InventoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InventoryException(String message) {
      super(message);
    }
  }
}
