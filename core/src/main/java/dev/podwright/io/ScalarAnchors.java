package dev.podwright.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Arrays;

/**
 * Finds the anchor of a YAML scalar in the text. Jackson's YAML parser reports the anchors of lists
 * and maps ({@code getObjectId()}) but not of scalars ({@code image: &img busybox:1.36}), although
 * a scalar's token starts at its properties: the anchor, possibly after a tag ({@code !!str &dir
 * /work}). This reads the anchor name there, by line and column (counted in code points, as the
 * YAML parser counts them). For readers built on this package; one instance per text, not
 * thread-safe.
 */
public final class ScalarAnchors {

  private final String text;
  private int[] lineStarts;

  /**
   * Anchors of scalars in the given YAML text.
   *
   * @throws NullPointerException if text is null
   */
  public ScalarAnchors(String text) {
    this.text = java.util.Objects.requireNonNull(text, "text");
  }

  /** The anchor name written where the scalar token starts, or null when it has none. */
  public String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return null;
    }
    int at = offset(location.getLineNr(), location.getColumnNr());
    if (at < 0 || at >= text.length()) {
      return null;
    }
    if (text.charAt(at) == '!') {
      while (at < text.length() && !isSpace(text.charAt(at))) {
        at++;
      }
      while (at < text.length() && isSpace(text.charAt(at))) {
        at++;
      }
    }
    if (at >= text.length() || text.charAt(at) != '&') {
      return null;
    }
    int start = at + 1;
    int end = start;
    while (end < text.length()
        && !isSpace(text.charAt(end))
        && ",[]{}".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end > start ? text.substring(start, end) : null;
  }

  /** The char index of a 1-based line and code-point column, or -1. */
  private int offset(int line, int column) {
    if (lineStarts == null) {
      lineStarts = lineStarts(text);
    }
    if (line > lineStarts.length) {
      return -1;
    }
    int start = lineStarts[line - 1];
    try {
      return text.offsetByCodePoints(start, column - 1);
    } catch (IndexOutOfBoundsException pastTheEnd) {
      return -1;
    }
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak =
          c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
