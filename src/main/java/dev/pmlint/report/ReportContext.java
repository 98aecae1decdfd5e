package dev.pmlint.report;

import dev.pmlint.rules.RuleCatalog;

/**
 * What every reporter may need besides the findings.
 *
 * @param tool name and versions of pmlint
 * @param catalog the rules, for SARIF's rule table
 * @param color whether the text report may use ANSI colours
 * @param quiet print findings only, no summary
 * @param exitCode the exit code the run ends with (recorded in SARIF invocations)
 */
public record ReportContext(ToolInfo tool, RuleCatalog catalog, boolean color, boolean quiet, int exitCode) {}
