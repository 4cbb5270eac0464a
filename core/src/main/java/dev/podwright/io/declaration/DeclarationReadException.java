package dev.podwright.io.declaration;

import dev.podwright.io.SourcePosition;
import java.util.List;

/**
 * A document that could not be read: where (file, line, column and document path such as {@code
 * sidecars[1].volumeMounts[0].mountPath}), what kind of problem, and, for a misspelt field, the
 * names it may have meant. The message reads {@code example.yaml:12:7: sidecars[1].imagee: unknown
 * field "imagee" (did you mean "image"?)}.
 */
public final class DeclarationReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong (the manifest reader's reasons, plus {@link #INVALID_VALUE}). */
  public enum Reason {
    /** Not well-formed YAML or JSON, an empty document, several documents. */
    SYNTAX,
    /** A value of the wrong type: a string where a list belongs, a map where a string does. */
    WRONG_TYPE,
    /** A field the format does not have. */
    UNKNOWN_FIELD,
    /** A required field is absent. */
    MISSING_FIELD,
    /** The same key twice in one map. */
    DUPLICATE_FIELD,
    /** A value of the right type that is not allowed: an unknown kind, a bad quantity. */
    INVALID_VALUE,
    /** The document exceeds one of the {@link dev.podwright.io.ReadLimits}. */
    LIMIT_EXCEEDED,
    /** The file or stream could not be read. */
    IO
  }

  private final Reason reason;
  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String detail;
  private final List<String> suggestions;

  DeclarationReadException(
      Reason reason,
      String file,
      SourcePosition position,
      String path,
      String detail,
      List<String> suggestions,
      Throwable cause) {
    super(render(file, position, path, detail, suggestions), cause);
    this.reason = reason;
    this.file = file;
    this.line = position.line();
    this.column = position.column();
    this.path = path == null ? "" : path;
    this.detail = detail;
    this.suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }

  private static String render(
      String file, SourcePosition position, String path, String detail, List<String> suggestions) {
    StringBuilder text = new StringBuilder(file == null ? "<input>" : file);
    text.append(':').append(position).append(": ");
    if (path != null && !path.isEmpty()) {
      text.append(path).append(": ");
    }
    text.append(detail);
    if (suggestions != null && !suggestions.isEmpty()) {
      text.append(" (did you mean ");
      for (int i = 0; i < suggestions.size(); i++) {
        text.append(i == 0 ? "" : " or ").append('"').append(suggestions.get(i)).append('"');
      }
      text.append("?)");
    }
    return text.toString();
  }

  /** The kind of problem. */
  public Reason reason() {
    return reason;
  }

  /** The file name, or null when the caller gave none. */
  public String file() {
    return file;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }

  /** The position. */
  public SourcePosition position() {
    return new SourcePosition(line, column);
  }

  /** The document path, e.g. {@code sidecars[1].image}; empty for the document itself. */
  public String path() {
    return path;
  }

  /** The message without the location. */
  public String detail() {
    return detail;
  }

  /** Names the user may have meant, closest first; empty when none is close. */
  public List<String> suggestions() {
    return suggestions;
  }
}
