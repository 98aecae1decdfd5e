package dev.pmlint.report;

import dev.pmlint.model.Level;
import dev.pmlint.rules.RuleCatalog;
import dev.pmlint.rules.RuleLevels;

/**
 * What every reporter may need besides the findings.
 *
 * @param tool name and versions of pmlint
 * @param catalog the rules, for SARIF's rule table
 * @param color whether the text report may use ANSI colours
 * @param quiet print findings only, no summary
 * @param exitCode the exit code the run ends with (recorded in SARIF invocations)
 * @param failLevel the level from which findings fail the run, or null for never
 * @param automationId SARIF automationDetails.id (category/run), or null to leave it out
 * @param showSuppressed list suppressed and baselined findings in human-facing output too
 * @param levels the rule levels the run used (SARIF records overrides of the defaults)
 */
public record ReportContext(ToolInfo tool, RuleCatalog catalog, boolean color, boolean quiet, int exitCode,
    Level failLevel, String automationId, boolean showSuppressed, RuleLevels levels) {

  public ReportContext(ToolInfo tool, RuleCatalog catalog, boolean color, boolean quiet, int exitCode,
      Level failLevel, String automationId) {
    this(tool, catalog, color, quiet, exitCode, failLevel, automationId, false, RuleLevels.DEFAULTS);
  }
}
