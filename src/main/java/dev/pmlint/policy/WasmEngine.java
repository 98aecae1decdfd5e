package dev.pmlint.policy;

import java.util.Locale;

/**
 * How the policy module runs. COMPILER: the module as JVM bytecode, compiled at build time by
 * Chicory's compiler (fast to start and to evaluate; the default). INTERPRETER: Chicory's
 * interpreter on the Wasm itself, through opa-java-wasm's builder; slow, kept to cross-check the
 * compiled code and to rule it out when a result looks wrong.
 */
public enum WasmEngine {
  COMPILER,
  INTERPRETER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
