package dev.pmlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pmlint.source.YamlScalars.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlScalarsTest {

  /** Every string of up to four characters over an alphabet that reaches every pattern branch. */
  private static List<String> strings() {
    String alphabet = "0179aeEfFnNoOTtxXyYl_:.-+~ Z";
    List<String> all = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int length = 1; length <= 4; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : previous) {
        for (char c : alphabet.toCharArray()) {
          next.add(prefix + c);
        }
      }
      all.addAll(next);
      previous = next;
    }
    return all;
  }

  @Test
  void theShortcutNeverHidesATypedScalar() {
    List<String> samples = strings();
    samples.addAll(List.of("yes", "No", "OFF", "null", "True", "2026-12-03", "0x1F", "1_000", "1:30",
        ".inf", "-.INF", ".NaN", "0o17", "0755", "1e3", "arn:aws:iam::123456789012:role/x", "https://x"));
    int typed = 0;
    for (String s : samples) {
      if (!YamlScalars.mayBeTyped(s)) {
        assertEquals(Kind.STRING, YamlScalars.coreByPatterns(s), s);
        assertEquals(Kind.STRING, YamlScalars.yaml11ByPatterns(s), s);
      } else if (YamlScalars.coreByPatterns(s) != Kind.STRING || YamlScalars.yaml11ByPatterns(s) != Kind.STRING) {
        typed++;
      }
    }
    assertTrue(typed > 1000, "the sample reaches typed scalars: " + typed);
  }

  @Test
  void wordsAndNumbersAreTypedAsBefore() {
    assertEquals(Kind.BOOLEAN, YamlScalars.yaml11("on"));
    assertEquals(Kind.STRING, YamlScalars.core("on"));
    assertEquals(Kind.NULL, YamlScalars.core("~"));
    assertEquals(Kind.INTEGER, YamlScalars.core("0x1F"));
    assertEquals(Kind.TIMESTAMP, YamlScalars.yaml11("2026-12-03"));
    assertEquals(Kind.STRING, YamlScalars.core("payments-prod"));
    assertEquals(Kind.STRING, YamlScalars.yaml11("payments-prod"));
  }
}
