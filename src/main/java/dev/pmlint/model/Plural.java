package dev.pmlint.model;

/** A count with its noun, for messages and summaries: "1 file", "3 files", "2 entries". */
public final class Plural {

  private Plural() {}

  public static String of(long n, String one) {
    return of(n, one, one + "s");
  }

  public static String of(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
