package dev.pmlint.policy;

import com.dylibso.chicory.runtime.Memory;
import com.styra.opa.wasm.OpaWasm_Env;
import com.styra.opa.wasm.OpaWasm_ModuleImports;
import java.nio.charset.StandardCharsets;

/**
 * What an OPA policy module imports from its host, for an instance pmlint assembles itself:
 * the memory, {@code opa_abort}, and the host builtins, which pmlint's policies never call (the
 * build rejects builtins Wasm lacks, and {@link WasmPolicy} checks the module asks for none).
 * opa-java-wasm's generated bindings ({@link OpaWasm_ModuleImports#toImportValues()}) turn it
 * into Chicory imports.
 */
final class OpaHost implements OpaWasm_ModuleImports, OpaWasm_Env {

  private final Memory memory;

  OpaHost(Memory memory) {
    this.memory = memory;
  }

  @Override
  public OpaWasm_Env env() {
    return this;
  }

  @Override
  public Memory memory() {
    return memory;
  }

  @Override
  public void opaAbort(int message) {
    throw new IllegalStateException("policy aborted: " + memory.readCString(message, StandardCharsets.UTF_8));
  }

  @Override
  public int opaBuiltin0(int builtin, int context) {
    throw noHostBuiltins(builtin);
  }

  @Override
  public int opaBuiltin1(int builtin, int context, int a) {
    throw noHostBuiltins(builtin);
  }

  @Override
  public int opaBuiltin2(int builtin, int context, int a, int b) {
    throw noHostBuiltins(builtin);
  }

  @Override
  public int opaBuiltin3(int builtin, int context, int a, int b, int c) {
    throw noHostBuiltins(builtin);
  }

  @Override
  public int opaBuiltin4(int builtin, int context, int a, int b, int c, int d) {
    throw noHostBuiltins(builtin);
  }

  private static IllegalStateException noHostBuiltins(int builtin) {
    return new IllegalStateException("policy called host builtin #" + builtin + "; pmlint provides none");
  }
}
