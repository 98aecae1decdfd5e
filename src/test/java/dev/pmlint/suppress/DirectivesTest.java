package dev.pmlint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pmlint.TestLinter;
import dev.pmlint.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which YAML comments are directives, and what each covers, through the linter. */
class DirectivesTest {

  private static final String HEAD = """
      name: Payments
      authorizerType: AWS_IAM
      roleArn: arn:aws:iam::123456789012:role/PaymentManagerRole
      """;

  /** code@line, with "s" for suppressed findings. */
  private static List<String> lint(String yaml) {
    return TestLinter.yaml(yaml).stream()
        .map(f -> f.rule().code() + "@" + f.region().startLine() + (f.suppressed() ? "s" : "")).toList();
  }

  @Test
  void nextLineSkipsBlankAndCommentLinesOnly() {
    assertEquals(List.of("PM403@7s"), lint(HEAD + "# pmlint-disable-next-line PM403 -- r\n\n# note\nclientToken: a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7\n"));
    assertEquals(List.of("PM902@4", "PM403@6"),
        lint(HEAD + "# pmlint-disable-next-line PM403 -- r\ndescription: between\nclientToken: a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7\n"));
  }

  @Test
  void codesByCommaOrBlankAndRuleNames() {
    String spec = HEAD + "clientToken: a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7  # pmlint-disable-line PM102,committed-client-token -- r\n";
    assertEquals(List.of("PM403@4s", "PM902@4"), lint(spec));
    assertEquals(List.of("PM403@4s"), lint(spec.replace("PM102,", "")));
    assertEquals(List.of("PM403@4s"), lint(spec.replace("PM102,committed-client-token", "pm403")));
  }

  @Test
  void crlfTabsAndNonAsciiDoNotMoveDirectivesOrRegions() {
    String spec = (HEAD + "description: \"Zahlungen für Ä\"\t# pmlint-disable-line PM403 -- r\n").replace("\n", "\r\n");
    List<Finding> findings = TestLinter.yaml(spec);
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("PM902", findings.get(0).rule().code());
    assertEquals("4:32-4:64", findings.get(0).region().toString());
  }

  @Test
  void directivesApplyAcrossDocumentsOfOneFile() {
    String spec = "# pmlint-disable-file PM403 -- r\n" + HEAD + "clientToken: a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7\n---\n"
        + HEAD + "clientToken: a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7\n";
    assertEquals(List.of("PM403@5s", "PM403@10s"), lint(spec));
  }

  @Test
  void plainScalarsWithHashInsideAreNotComments() {
    assertEquals(List.of(), lint(HEAD + "description: issue#pmlint-disable-line\n"));
    assertEquals(List.of("PM902@4"), lint(HEAD + "description: text # pmlint-disable-line PM403 -- r\n"));
  }

  @Test
  void commentsThatOnlyMentionPmlintAreLeftAlone() {
    assertEquals(List.of(), lint(HEAD + "# checked by pmlint in CI\n# see pmlint-docs for more\n".replace("pmlint-docs", "docs")));
  }
}
