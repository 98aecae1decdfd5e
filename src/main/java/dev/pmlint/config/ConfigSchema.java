package dev.pmlint.config;

import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.schema.SpecSchema;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of {@code .pmlint.yaml} ({@code schemas/pmlint-config.schema.json}), narrowed to the
 * rule codes of this build: the file on disk accepts any {@code PMnnn} so editors can use it,
 * the loaded one names unknown codes and suggests the closest, and knows each rule's options
 * from the rule's own declaration.
 */
final class ConfigSchema {

  static final String RESOURCE = "/pmlint/schemas/pmlint-config.schema.json";

  private ConfigSchema() {}

  static SpecSchema forCatalog(RuleCatalog catalog) {
    ObjectNode tree = (ObjectNode) SpecSchema.resource(RESOURCE).deepCopy();
    ObjectNode rules = (ObjectNode) tree.get("properties").get("rules");
    rules.remove("propertyNames");
    rules.put("additionalProperties", false);
    ObjectNode known = rules.putObject("properties");
    ArrayNode suppressible = tree.arrayNode();
    for (Rule rule : catalog.rules()) {
      if (rule.options().isEmpty()) {
        known.putObject(rule.code()).put("$ref", "#/$defs/RuleSettings");
      } else {
        // The rule's own options, as its METADATA declares them, beside level.
        ObjectNode settings = known.putObject(rule.code());
        settings.put("type", "object");
        settings.put("additionalProperties", false);
        ObjectNode properties = settings.putObject("properties");
        properties.putObject("level").put("$ref", "#/$defs/Level");
        rule.options().forEach((name, schema) -> properties.set(name, schema.deepCopy()));
      }
      if (rule.origin() != Rule.Origin.SUPPRESSION) {
        suppressible.add(rule.code());
      }
    }
    ObjectNode code = (ObjectNode) tree.get("$defs").get("RuleCode");
    code.remove("pattern");
    code.remove("patternErrorMessage");
    code.set("enum", suppressible);
    return SpecSchema.compile(tree, "the config file");
  }
}
