package dev.pmlint.policy;

import dev.pmlint.check.DocumentCheck;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Region;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.StructureRule;
import dev.pmlint.source.InputLimits;
import dev.pmlint.source.NodeLocations;
import dev.pmlint.source.Pointers;
import dev.pmlint.source.SpecDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the Rego rules on a document and places their findings: a rule names a path into the
 * document and whether it means the member's key or its value; the document's locations give
 * the region, exactly as for schema findings.
 */
public final class PolicyCheck implements DocumentCheck {

  private static final JsonMapper JSON = JsonMapper.shared();

  private final PolicyEngine engine;
  private final int maxInputBytes;
  private final Map<String, Rule> rules = new HashMap<>(); // by Rego package name

  /**
   * @param limits {@code maxPolicyInputBytes} bounds what the policies evaluate; a larger document
   *     gets a PM001 finding instead, which keeps hostile input to bounded time
   */
  public PolicyCheck(PolicyEngine engine, List<Rule> policyRules, InputLimits limits) {
    this.engine = engine;
    this.maxInputBytes = limits.maxPolicyInputBytes();
    Map<String, Rule> byCode = new HashMap<>();
    policyRules.forEach(r -> byCode.put(r.code(), r));
    PolicyCatalog.codesByPackage().forEach((pkg, code) -> {
      if (byCode.containsKey(code)) {
        rules.put(pkg, byCode.get(code));
      }
    });
  }

  @Override
  public String stage() {
    return "policies";
  }

  @Override
  public List<Finding> check(SpecDocument document) {
    byte[] input = JSON.writeValueAsBytes(document.root());
    if (input.length > maxInputBytes) {
      return List.of(Finding.of(StructureRule.SYNTAX_ERROR.rule(),
          String.format(java.util.Locale.ROOT,
              "The document is %.1f MiB as JSON, over the %s limit of the semantic rules (PM1xx-PM5xx);"
                  + " they were not run.", input.length / (1024.0 * 1024), mebibytes(maxInputBytes)),
          document.index(), "", document.locations().documentStart()));
    }
    String output = engine.evaluate(input);
    JsonNode resultSet = JSON.readTree(output);
    List<Finding> findings = new ArrayList<>();
    if (resultSet.isEmpty()) {
      return findings;
    }
    for (JsonNode f : resultSet.get(0).path("result")) {
      findings.add(toFinding(f, document));
    }
    return findings;
  }

  private Finding toFinding(JsonNode f, SpecDocument document) {
    String pkg = f.path("rule").asString("");
    Rule rule = rules.get(pkg);
    if (rule == null) {
      throw new IllegalStateException("policy package '" + pkg + "' reported a finding but declares no rule");
    }
    boolean atKey = "key".equals(f.path("at").asString());
    NodeLocations at = document.locations();
    String pointer = null;
    Region region = null;
    List<JsonNode> paths = new ArrayList<>();
    if (f.has("paths")) {
      f.get("paths").forEach(paths::add);
    } else {
      paths.add(f.path("path"));
    }
    // Several candidate paths: the finding belongs at the one that comes last in the file.
    for (JsonNode path : paths) {
      String p = pointer(path);
      Region r = atKey ? at.atKey(p) : at.atValue(p);
      if (region == null || r.compareTo(region) > 0) {
        region = r;
        pointer = p;
      }
    }
    return Finding.of(rule, f.path("message").asString(), document.index(), pointer, region);
  }

  private static String mebibytes(int bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
  }

  static String pointer(JsonNode path) {
    String pointer = "";
    for (JsonNode segment : path) {
      pointer = segment.isNumber()
          ? Pointers.child(pointer, segment.asInt())
          : Pointers.child(pointer, segment.asString());
    }
    return pointer;
  }
}
