package dev.pmlint.policy;

import dev.pmlint.model.Level;
import dev.pmlint.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy rules' metadata. Each rule declares it once, in the METADATA block of its Rego
 * file; bin/build-policies extracts it with {@code opa inspect} into {@code rules.json}.
 */
public final class PolicyCatalog {

  static final String RESOURCE = "/pmlint/policy/rules.json";

  private PolicyCatalog() {}

  public static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    for (JsonNode r : Entries.ALL) {
      Map<String, JsonNode> options = new TreeMap<>();
      r.path("options").properties().forEach(e -> options.put(e.getKey(), e.getValue()));
      rules.add(new Rule(r.get("code").asString(), r.get("name").asString(),
          Level.parse(r.get("level").asString()), r.get("summary").asString(), Rule.Origin.POLICY,
          r.path("securitySeverity").asString(""), options));
    }
    return rules;
  }

  /** Rule codes by the name of the Rego package that declares them, as findings name them. */
  public static Map<String, String> codesByPackage() {
    Map<String, String> codes = new TreeMap<>();
    for (JsonNode r : Entries.ALL) {
      codes.put(r.get("package").asString(), r.get("code").asString());
    }
    return codes;
  }

  /** rules.json, read once: the rule catalogue and the policy check both need it. */
  private static final class Entries {
    static final JsonNode ALL = read();

    private static JsonNode read() {
      try (InputStream in = PolicyCatalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("policy rule catalogue missing: " + RESOURCE);
        }
        return JsonMapper.shared().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
