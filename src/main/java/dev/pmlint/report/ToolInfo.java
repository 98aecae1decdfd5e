package dev.pmlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** pmlint's name, version, home page and the date of the AWS model its schema follows. */
public record ToolInfo(String name, String version, String informationUri, String modelDate) {

  /** Reads the values Maven filtered into {@code pmlint/version.properties}. */
  public static ToolInfo load() {
    Properties p = new Properties();
    try (InputStream in = ToolInfo.class.getResourceAsStream("/pmlint/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ToolInfo("pmlint", p.getProperty("version", "0.0.0"),
        p.getProperty("informationUri", "https://github.com/pmlint/pmlint"),
        p.getProperty("modelDate", "unknown"));
  }

  /** Where a rule's page is published. */
  public String ruleUri(String docFileName) {
    return informationUri + "/blob/main/docs/rules/" + docFileName;
  }
}
