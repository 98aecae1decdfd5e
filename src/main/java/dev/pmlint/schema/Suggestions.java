package dev.pmlint.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" guesses for misspelled member names and enum values. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code given}: equal ignoring case and separators, or within an
   * edit distance of a third of its length (at least 1, at most 3).
   */
  public static Optional<String> closest(String given, Collection<String> candidates) {
    String g = normalize(given);
    for (String c : candidates) {
      if (normalize(c).equals(g)) {
        return Optional.of(c);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(given.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    int allowed = Math.max(1, Math.min(3, given.length() / 3));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  private static String normalize(String s) {
    return s.replaceAll("[-_\\s.]", "").toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent swaps). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
