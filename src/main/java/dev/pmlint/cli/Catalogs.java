package dev.pmlint.cli;

import dev.pmlint.rules.RuleCatalog;

/** The rule catalogue of this build. */
final class Catalogs {

  private Catalogs() {}

  static RuleCatalog load() {
    return RuleCatalog.builtIn();
  }
}
