package dev.pmlint.source;

import dev.pmlint.model.Region;

/**
 * A YAML comment.
 *
 * @param region from the {@code #} to the end of the line
 * @param text what follows the {@code #}
 * @param ownLine true when nothing but blanks precede it on its line
 */
public record Comment(Region region, String text, boolean ownLine) {

  public int line() {
    return region.startLine();
  }
}
