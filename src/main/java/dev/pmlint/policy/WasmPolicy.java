package dev.pmlint.policy;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.styra.opa.wasm.DefaultMappers;
import com.styra.opa.wasm.OpaWasm;
import com.styra.opa.wasm.OpaWasm_ModuleExports;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One instance of the policy module (not thread-safe), evaluated through OPA's one-shot
 * {@code opa_eval} export with opa-java-wasm's bindings: the input is written at the heap mark
 * left after loading data, and each call resets the heap there. One Wasm call per document
 * instead of the five of {@code OpaPolicy.evaluate} (3x faster, see bench/).
 *
 * <p>The compiled instance runs {@link CompiledPolicy}, the module compiled to JVM bytecode at
 * build time (pom.xml); opa-java-wasm's builder only compiles at run time, once per instance,
 * so pmlint assembles that instance itself from the library's import and export bindings. The
 * interpreted instance comes from opa-java-wasm's builder as it is.
 */
final class WasmPolicy {

  /** 64 KiB pages: 64 MiB bounds one instance, enough for a spec at the 10 MiB input limit. */
  static final int MAX_PAGES = 1024;
  private static final int INITIAL_PAGES = 16;
  private static final int JSON_FORMAT = 0;

  private final OpaWasm_ModuleExports exports;
  private final Memory memory;
  private final int entrypoint;
  private final int dataAddress;
  private final int heapBase;

  /** An instance of the module compiled at build time, on pmlint's own memory (FlatMemory). */
  static WasmPolicy compiled(String entrypointName, String dataJson) {
    Memory memory = FlatMemory.create(INITIAL_PAGES, MAX_PAGES);
    Instance instance = Instance.builder(CompiledPolicy.load())
        .withImportValues(new OpaHost(memory).toImportValues())
        .withMemoryFactory(limits -> memory)
        .withMachineFactory(CompiledPolicy::create)
        .build();
    return new WasmPolicy(new OpaWasm_ModuleExports(instance), memory, entrypointName, dataJson);
  }

  /**
   * An instance that interprets the module's Wasm, on Chicory's own memory: comparing it with
   * the compiled instance (PolicyEngineTest) checks pmlint's memory too.
   */
  static WasmPolicy interpreted(byte[] module, String entrypointName, String dataJson) {
    OpaWasm wasm = OpaWasm.builder()
        .withInputStream(new ByteArrayInputStream(module))
        .withMemory(new ByteArrayMemory(new MemoryLimits(INITIAL_PAGES, MAX_PAGES)))
        .withJsonMapper(DefaultMappers.jsonMapper)
        .withYamlMapper(DefaultMappers.yamlMapper)
        .disableCompiler()
        .build();
    return new WasmPolicy(wasm.exports(), wasm.memory(), entrypointName, dataJson);
  }

  private WasmPolicy(OpaWasm_ModuleExports exports, Memory memory, String entrypointName, String dataJson) {
    this.exports = exports;
    this.memory = memory;
    String required = dumpValue(exports.builtins());
    if (!required.equals("{}")) {
      // bin/build-policies rejects such policies; a module that slipped through must not run.
      throw new IllegalStateException("policy module needs host builtins pmlint does not provide: " + required);
    }
    this.entrypoint = entrypointId(dumpValue(exports.entrypoints()), entrypointName);
    byte[] data = dataJson.getBytes(StandardCharsets.UTF_8);
    int raw = exports.opaMalloc(data.length);
    memory.write(raw, data);
    this.dataAddress = exports.opaJsonParse(raw, data.length);
    if (dataAddress == 0) {
      throw new IllegalArgumentException("policy data is not valid JSON");
    }
    this.heapBase = exports.opaHeapPtrGet();
  }

  /** The entrypoint's result set for one input (JSON bytes of the parsed spec). */
  String evaluate(byte[] input) {
    long needed = (long) heapBase + input.length + Memory.PAGE_SIZE;
    int pages = memory.pages();
    if (needed > (long) pages * Memory.PAGE_SIZE) {
      int more = (int) ((needed - (long) pages * Memory.PAGE_SIZE + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE);
      if (pages + more > MAX_PAGES || memory.grow(more) < 0) {
        throw new IllegalStateException("spec too large for the policy engine's memory limit");
      }
    }
    memory.write(heapBase, input);
    int result = exports.opaEval(0, entrypoint, dataAddress, heapBase, input.length,
        heapBase + input.length, JSON_FORMAT);
    return memory.readCString(result, StandardCharsets.UTF_8);
  }

  /** The id of an entrypoint in {@code {"name": id, ...}}, read with the streaming parser only. */
  private static int entrypointId(String entrypoints, String name) {
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), entrypoints)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME && p.currentName().equals(name)) {
          p.nextToken();
          return p.getIntValue();
        }
      }
    }
    throw new IllegalStateException("policy module has no entrypoint " + name + ": " + entrypoints);
  }

  /** JSON text of an OPA value in the module's memory. */
  private String dumpValue(int valueAddress) {
    int json = exports.opaJsonDump(valueAddress);
    String text = memory.readCString(json, StandardCharsets.UTF_8);
    exports.opaFree(json);
    return text;
  }
}
