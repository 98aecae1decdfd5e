package dev.pmlint.lint;

import dev.pmlint.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;

/**
 * Identity of a finding that survives lines moving: a hash of the rule, the file, the document,
 * the JSON Pointer and the value there. Never a line number. Used by SARIF fingerprints and
 * baselines.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(String path, Finding finding, JsonNode root) {
    String value = "";
    if (root != null) {
      JsonNode node = root.at(finding.pointer());
      // Containers hash by shape only: a change deep inside must not re-identify the parent.
      value = node.isContainer() ? node.getNodeType().toString() : node.toString();
    }
    String key = String.join("\u0000", finding.rule().code(), path,
        Integer.toString(finding.document()), finding.pointer(), value);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
