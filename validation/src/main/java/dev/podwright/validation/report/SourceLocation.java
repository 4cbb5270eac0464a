package dev.podwright.validation.report;

/**
 * Where a declared element came from in a file.
 *
 * @param file the file name as the caller gave it, or null when read from a stream
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {

  /** {@code pod.yaml:7:11}, or {@code 7:11} without a file. */
  @Override
  public String toString() {
    return (file == null ? "" : file + ":") + line + ":" + column;
  }
}
