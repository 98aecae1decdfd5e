package dev.pmlint.source;

/**
 * Bounds on what pmlint reads, so hostile input costs bounded time and memory. Going over one
 * is a PM001 finding. Documented in docs/rules/PM001-syntax-error.md.
 *
 * @param maxFileBytes largest file read, in bytes
 * @param maxDepth deepest nesting of objects and arrays
 * @param maxYamlNodes most nodes in one YAML document after aliases are expanded
 * @param maxYamlAliases most aliases ({@code *name}) in one YAML document
 */
public record InputLimits(long maxFileBytes, int maxDepth, int maxYamlNodes, int maxYamlAliases) {

  public static final InputLimits DEFAULT = new InputLimits(10L * 1024 * 1024, 64, 100_000, 1_000);
}
