package dev.podwright.io.declaration;

/**
 * Where something was written in a source file.
 *
 * @param file the file name as the caller gave it, or null when there was none
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePosition(String file, int line, int column) {

  /** {@code example.yaml:7:11}, or {@code 7:11} without a file. */
  @Override
  public String toString() {
    return (file == null ? "" : file + ":") + line + ":" + column;
  }
}
