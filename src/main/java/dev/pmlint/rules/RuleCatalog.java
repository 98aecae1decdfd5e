package dev.pmlint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every rule pmlint knows, sorted by code. */
public final class RuleCatalog {

  private static final String DOCS_RESOURCE = "/pmlint/docs/rules/";

  private final Map<String, Rule> byCode = new TreeMap<>();

  public RuleCatalog(Collection<Rule> rules) {
    for (Rule rule : rules) {
      Rule previous = byCode.putIfAbsent(rule.code(), rule);
      if (previous != null) {
        throw new IllegalArgumentException("rule code declared twice: " + rule.code());
      }
    }
  }

  /** The catalogue of the rules declared in Java: structure and suppression rules. */
  public static RuleCatalog builtIn() {
    List<Rule> rules = new ArrayList<>();
    for (StructureRule r : StructureRule.values()) {
      rules.add(r.rule());
    }
    for (SuppressionRule r : SuppressionRule.values()) {
      rules.add(r.rule());
    }
    return new RuleCatalog(rules);
  }

  public List<Rule> rules() {
    return Collections.unmodifiableList(new ArrayList<>(byCode.values()));
  }

  /** The rules one engine reports, e.g. those the policies may emit. */
  public List<Rule> rules(Rule.Origin origin) {
    return byCode.values().stream().filter(r -> r.origin() == origin).toList();
  }

  /** Looks a rule up by code ({@code PM003}, any case) or by name ({@code unknown-member}). */
  public Optional<Rule> find(String codeOrName) {
    String key = codeOrName.trim();
    Rule byCodeHit = byCode.get(key.toUpperCase(Locale.ROOT));
    if (byCodeHit != null) {
      return Optional.of(byCodeHit);
    }
    return byCode.values().stream().filter(r -> r.name().equalsIgnoreCase(key)).findFirst();
  }

  /** Index of the rule in {@link #rules()}, as SARIF's ruleIndex needs. */
  public int indexOf(Rule rule) {
    int i = 0;
    for (String code : byCode.keySet()) {
      if (code.equals(rule.code())) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** The rule's Markdown page as shipped in the jar. */
  public static Optional<String> page(Rule rule) {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(DOCS_RESOURCE + rule.docFileName())) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
