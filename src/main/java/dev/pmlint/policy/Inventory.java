package dev.pmlint.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} the policies see. Mostly the network inventory of {@code --context FILE}: the JSON that {@code aws ec2
 * describe-subnets}, {@code describe-security-groups} and {@code describe-vpcs} print, recognised
 * by their top-level {@code Subnets}, {@code SecurityGroups} and {@code Vpcs}. The policies see it
 * as {@code data.inventory}; a kind no file gave stays absent, so its rules stay silent.
 */
public final class Inventory {

  /** Largest context file read; describe output of very large accounts fits well within it. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final Map<String, String> KINDS = Map.of(
      "Subnets", "subnets", "SecurityGroups", "securityGroups", "Vpcs", "vpcs");

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
    Map<String, ArrayNode> merged = new LinkedHashMap<>();
    for (Path file : files) {
      JsonNode root = read(file);
      boolean recognised = false;
      for (Map.Entry<String, String> kind : KINDS.entrySet()) {
        JsonNode items = root.get(kind.getKey());
        if (items != null && items.isArray()) {
          merged.computeIfAbsent(kind.getValue(), k -> JsonNodeFactory.instance.arrayNode()).addAll((ArrayNode) items);
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
      throw new InventoryException(file + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InventoryException("cannot read " + file + ": " + e.getMessage());
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
