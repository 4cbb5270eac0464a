package dev.podwright.io;

/**
 * A position in a manifest's text, as an editor shows it.
 *
 * @param line the line, counted from 1
 * @param column the column, counted from 1
 */
public record SourcePosition(int line, int column) {

  /**
   * Checks the position.
   *
   * @throws IllegalArgumentException if line or column is less than 1
   */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1: line " + line + ", column " + column);
    }
  }

  /** {@code line:column}, e.g. {@code 14:12}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
