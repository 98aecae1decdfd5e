package dev.pmlint.lint;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A gitignore-style path glob, matched against '/'-separated relative paths: {@code *} and
 * {@code ?} stay within one directory, {@code **} spans directories ({@code **}{@code /} also
 * matches none), {@code [abc]} and {@code {a,b}} work as in shells. A glob without '/' matches a
 * name at any depth; a glob that matches a directory matches everything below it.
 */
public final class Glob {

  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  /** @throws IllegalArgumentException with a readable reason when the glob is malformed */
  public static Glob of(String glob) {
    String g = glob.startsWith("./") ? glob.substring(2) : glob;
    boolean anchored = g.contains("/");
    if (g.startsWith("/")) {
      g = g.substring(1);
    }
    if (g.endsWith("/")) {
      g = g + "**";
    }
    StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
    int braces = 0;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
            boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
            re.append(slash ? "(?:.*/)?" : ".*");
            i += slash ? 2 : 1;
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int end = g.indexOf(']', i + 1);
          if (end < 0) {
            throw new IllegalArgumentException("unclosed '[' in glob '" + glob + "'");
          }
          String set = g.substring(i + 1, end);
          if (set.startsWith("!")) {
            set = "^" + set.substring(1);
          }
          re.append('[').append(set.replace("\\", "\\\\")).append(']');
          i = end;
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            throw new IllegalArgumentException("unmatched '}' in glob '" + glob + "'");
          }
          braces--;
          re.append(')');
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces > 0) {
      throw new IllegalArgumentException("unclosed '{' in glob '" + glob + "'");
    }
    return new Glob(glob, Pattern.compile(re.toString()));
  }

  /**
   * A file's path relative to {@code base}, with '/' separators, as globs match it; empty when
   * the file lies outside {@code base}.
   */
  public static Optional<String> relativePath(Path base, Path file) {
    Path b = base.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return f.startsWith(b) ? Optional.of(b.relativize(f).toString().replace('\\', '/')) : Optional.empty();
  }

  /**
   * True when the relative path ('/' separators) or one of its directories matches, so
   * {@code legacy} and {@code specs/old} cover everything below them.
   */
  public boolean matches(String relativePath) {
    if (pattern.matcher(relativePath).matches()) {
      return true;
    }
    for (int i = relativePath.lastIndexOf('/'); i > 0; i = relativePath.lastIndexOf('/', i - 1)) {
      if (pattern.matcher(relativePath.substring(0, i)).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
