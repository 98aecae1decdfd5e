package dev.pmlint.policy;

import java.util.Locale;

/**
 * How Chicory runs the policy module. The compiler turns WebAssembly into JVM bytecode at load
 * time (slower start, faster evaluation); the interpreter starts at once and evaluates slower.
 * AUTO picks by the number of documents, from bench/ measurements.
 */
public enum WasmEngine {
  AUTO,
  COMPILER,
  INTERPRETER;

  /** Below this many files the interpreter finishes first: bench/throughput.sh, see bench/README.md. */
  public static final int COMPILER_THRESHOLD = 10;

  public WasmEngine resolve(int documents) {
    if (this != AUTO) {
      return this;
    }
    return documents < COMPILER_THRESHOLD ? INTERPRETER : COMPILER;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
