package dev.podwright.validation.output;

import java.util.Objects;

/**
 * Why an input could not be read at all: not YAML or JSON, a read limit, a missing file.
 *
 * @param message the whole message, naming the input
 * @param path the path in the document where it went wrong, or "" when not known
 * @param line 1-based line, or 0 when not known
 * @param column 1-based column, or 0 when not known
 */
public record InputError(String message, String path, int line, int column) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if message is null
   */
  public InputError {
    Objects.requireNonNull(message, "message");
    path = path == null ? "" : path;
    line = Math.max(0, line);
    column = line == 0 ? 0 : Math.max(0, column);
  }

  /** An error with no position. */
  public static InputError of(String message) {
    return new InputError(message, "", 0, 0);
  }
}
