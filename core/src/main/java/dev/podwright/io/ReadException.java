package dev.podwright.io;

/**
 * A document could not be read: the base of every Podwright reader's exception ({@link
 * ManifestReadException} for Kubernetes manifests, {@code DeclarationReadException} for
 * declarations and the platform formats read with the declaration toolkit). Says where: the file or
 * other source, line and column, the field path in the document, and what is wrong. The message
 * reads {@code file:line:column: path: detail}, without {@code line:column} when the position is
 * not known, and without {@code path: } when the problem is not about one field. Catch this type to
 * handle any reader's refusal the same way.
 *
 * <p>Unchecked, as the readers throw nothing else for bad input.
 */
public abstract class ReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;
  private final int line;
  private final int column;
  private final String detail;

  /**
   * A read exception whose message is rendered by the caller.
   *
   * @param message the whole message
   * @param file the file or other source being read, or null when not known
   * @param path the field path in the document, or empty (null is taken as empty)
   * @param line the line, from 1; 0 when not known
   * @param column the column, from 1; 0 when not known
   * @param detail what is wrong, without file, position or path
   * @param cause the underlying failure, or null
   */
  protected ReadException(
      String message,
      String file,
      String path,
      int line,
      int column,
      String detail,
      Throwable cause) {
    super(message, cause);
    this.file = file;
    this.path = path == null ? "" : path;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /** The file or other source being read, or null when not known. */
  public String file() {
    return file;
  }

  /** The (first) problem's field path in the document; empty when it is not about one field. */
  public String path() {
    return path;
  }

  /** The (first) problem's line, from 1; 0 when not known. */
  public int line() {
    return line;
  }

  /** The (first) problem's column, from 1; 0 when not known. */
  public int column() {
    return column;
  }

  /** The (first) problem's message, without file, position or path. */
  public String detail() {
    return detail;
  }

  /**
   * The common message form, {@code file:line:column: path: detail}: {@code <input>} for an unknown
   * file, no position when the line is 0, no path when it is empty.
   */
  protected static String render(String file, int line, int column, String path, String detail) {
    StringBuilder out = new StringBuilder(file == null ? "<input>" : file);
    if (line > 0) {
      out.append(':').append(line).append(':').append(column);
    }
    out.append(": ");
    if (path != null && !path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(detail).toString();
  }
}
