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

  /** A finding with its value digest and fingerprint set. */
  public static Finding identify(String path, Finding finding, JsonNode root) {
    String digest = valueDigest(finding, root);
    return finding.withIdentity(fingerprint(finding.rule().code(), path, finding.document(),
        finding.pointer(), digest), digest);
  }

  /** The hash of the value at the finding's pointer; "" when there is no document. */
  static String valueDigest(Finding finding, JsonNode root) {
    if (root == null) {
      return "";
    }
    JsonNode node = root.at(finding.pointer());
    // Containers hash by shape only: a change deep inside must not re-identify the parent.
    return digest(node.isContainer() ? node.getNodeType().toString() : node.toString());
  }

  /** A short hash of any identifying text. */
  public static String digest(String text) {
    return hash(text);
  }

  public static String fingerprint(String rule, String path, int document, String pointer, String valueDigest) {
    return hash(String.join("\u0000", rule, path, Integer.toString(document), pointer, valueDigest));
  }

  /** One digest per thread: looking the algorithm up costs more than hashing a finding's key. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  private static String hash(String key) {
    byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8)); // digest() resets it
    return HexFormat.of().formatHex(digest, 0, 16);
  }
}
