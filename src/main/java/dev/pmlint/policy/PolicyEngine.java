package dev.pmlint.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Evaluates the policy module. {@link WasmPolicy} instances are not thread-safe, so each
 * evaluation borrows one from a queue and returns it; an instance is built (module loaded, data
 * loaded, entrypoint resolved) only when none is free, so a run builds at most one per worker
 * thread.
 */
public final class PolicyEngine {

  static final String WASM_RESOURCE = "/pmlint/policy/policy.wasm";
  static final String ENTRYPOINT = "pmlint/main/findings";

  private final WasmEngine engine;
  private final String data;

  /**
   * Inputs above this size go to compiled instances even when the engine interprets: the
   * interpreter's cost grows too fast with input size (bench/README.md).
   */
  static final int INTERPRETER_MAX_INPUT = 16 * 1024;

  private final ConcurrentLinkedQueue<WasmPolicy> idleInterpreted = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<WasmPolicy> idleCompiled = new ConcurrentLinkedQueue<>();
  private final AtomicReference<CompletableFuture<WasmPolicy>> warming = new AtomicReference<>();
  private volatile byte[] wasm;

  /** @param data the JSON document the policies see as {@code data} */
  public PolicyEngine(WasmEngine engine, String data) {
    this.engine = engine;
    this.data = data;
  }

  public WasmEngine engine() {
    return engine;
  }

  static byte[] readModule() {
    try (InputStream in = PolicyEngine.class.getResourceAsStream(WASM_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("policy module missing: " + WASM_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts building the first instance on a background thread, so that loading the module
   * overlaps with compiling the schema and reading files.
   */
  public void warmUpInBackground() {
    CompletableFuture<WasmPolicy> future = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        future.complete(newInstance(engine == WasmEngine.COMPILER));
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
      }
    }, "pmlint-policy-load");
    t.setDaemon(true);
    t.start();
    warming.set(future);
  }

  /** Evaluates the entrypoint on one input document (UTF-8 JSON of the parsed tree). */
  public String evaluate(byte[] inputJson) {
    boolean compiled = engine == WasmEngine.COMPILER || inputJson.length > INTERPRETER_MAX_INPUT;
    ConcurrentLinkedQueue<WasmPolicy> pool = compiled ? idleCompiled : idleInterpreted;
    WasmPolicy policy = pool.poll();
    if (policy == null) {
      // The warmed-up instance is of the engine's own kind.
      CompletableFuture<WasmPolicy> pending = compiled == (engine == WasmEngine.COMPILER) ? warming.getAndSet(null) : null;
      policy = pending != null ? pending.join() : newInstance(compiled);
    }
    String result = policy.evaluate(inputJson); // an exception drops the instance: state unknown
    pool.add(policy);
    return result;
  }

  private WasmPolicy newInstance(boolean compiled) {
    if (compiled) {
      return WasmPolicy.compiled(ENTRYPOINT, data);
    }
    byte[] module = wasm;
    if (module == null) {
      module = readModule();
      wasm = module;
    }
    return WasmPolicy.interpreted(module, ENTRYPOINT, data);
  }
}
