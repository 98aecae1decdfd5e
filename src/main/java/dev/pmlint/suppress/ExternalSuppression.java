package dev.pmlint.suppress;

import dev.pmlint.lint.Glob;
import dev.pmlint.model.Finding;
import dev.pmlint.model.Region;
import dev.pmlint.rules.Rule;

/**
 * A {@code suppressions} entry of the config file: the way to exempt a finding in JSON, or from
 * one central place.
 *
 * @param file which files, relative to the config file's directory
 * @param rule the rule it suppresses
 * @param pointer the JSON Pointer it is limited to (that node and below), or null for any
 * @param reason the justification; empty means the entry is invalid and has no effect
 * @param region where the entry stands in the config file
 * @param pointerOfEntry the entry's own JSON Pointer in the config, e.g. {@code /suppressions/2}
 * @param origin where it is written, for reports: {@code .pmlint.yaml:14}
 */
public record ExternalSuppression(Glob file, Rule rule, String pointer, String reason, Region region,
    String pointerOfEntry, String origin) {

  boolean coversFile(String relativePath) {
    return file.matches(relativePath);
  }

  /** For a finding in a file this entry covers: whether the rule and pointer match too. */
  boolean coversFinding(Finding finding) {
    return finding.rule().equals(rule) && coversPointer(finding.pointer());
  }

  private boolean coversPointer(String p) {
    return pointer == null || pointer.isEmpty() || p.equals(pointer) || p.startsWith(pointer + "/");
  }

  String describe() {
    return rule.code() + " in " + file + (pointer == null ? "" : " at " + pointer);
  }
}
