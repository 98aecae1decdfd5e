package dev.pmlint.source;

/**
 * Bounds on what pmlint reads, so hostile input costs bounded time and memory. Going over one
 * is a PM001 finding. Documented in docs/rules/PM001-syntax-error.md.
 *
 * @param maxFileBytes largest file read, in bytes
 * @param maxDepth deepest nesting of objects and arrays
 * @param maxYamlNodes most nodes in one YAML document after aliases are expanded
 * @param maxYamlAliases most aliases ({@code *name}) in one YAML document
 * @param maxPolicyInputBytes largest document, as JSON, the semantic rules evaluate; larger ones
 *     are checked against the schema only (the policy engine's cost grows with input size)
 */
public record InputLimits(
    long maxFileBytes, int maxDepth, int maxYamlNodes, int maxYamlAliases, int maxPolicyInputBytes) {

  public static final InputLimits DEFAULT =
      new InputLimits(10L * 1024 * 1024, 64, 100_000, 1_000, 1024 * 1024);
}
