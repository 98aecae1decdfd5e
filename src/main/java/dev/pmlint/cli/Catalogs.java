package dev.pmlint.cli;

import dev.pmlint.policy.PolicyCatalog;
import dev.pmlint.rules.Rule;
import dev.pmlint.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.List;

/** The rule catalogue of this build. */
public final class Catalogs {

  private Catalogs() {}

  public static RuleCatalog load() {
    List<Rule> rules = new ArrayList<>(RuleCatalog.builtIn().rules());
    rules.addAll(PolicyCatalog.load());
    return new RuleCatalog(rules);
  }
}
