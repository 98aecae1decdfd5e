package dev.pmlint.report;

import java.util.Locale;

/** The output formats of {@code pmlint check --format}. */
public enum Format {
  TEXT(new TextReporter()),
  JSON(new JsonReporter()),
  SARIF(new SarifReporter()),
  GITHUB(new GithubReporter()),
  JUNIT(new JunitReporter()),
  GITLAB(new GitlabReporter());

  private final Reporter reporter;

  Format(Reporter reporter) {
    this.reporter = reporter;
  }

  public Reporter reporter() {
    return reporter;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
