package dev.podwright.io.declaration;

import dev.podwright.io.ReadException;
import dev.podwright.io.SourcePosition;
import java.util.List;

/**
 * A document that could not be read: where (file, line, column and document path such as {@code
 * sidecars[1].volumeMounts[0].mountPath}), what kind of problem, and, for a misspelt field, the
 * names it may have meant. The message reads {@code example.yaml:12:7: sidecars[1].imagee: unknown
 * field "imagee" (did you mean "image"?)}. Its {@link #path()} is the document path, e.g. {@code
 * sidecars[1].image}, empty for the document itself; line and column count from 1.
 */
public final class DeclarationReadException extends ReadException {

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
  private final List<String> suggestions;

  DeclarationReadException(
      Reason reason,
      String file,
      SourcePosition position,
      String path,
      String detail,
      List<String> suggestions,
      Throwable cause) {
    super(
        render(file, position, path, detail, suggestions),
        file,
        path,
        position.line(),
        position.column(),
        detail,
        cause);
    this.reason = reason;
    this.suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }

  private static String render(
      String file, SourcePosition position, String path, String detail, List<String> suggestions) {
    StringBuilder text =
        new StringBuilder(render(file, position.line(), position.column(), path, detail));
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

  /** The position: {@link #line()} and {@link #column()}, both from 1. */
  public SourcePosition position() {
    return new SourcePosition(line(), column());
  }

  /** Names the user may have meant, closest first; empty when none is close. */
  public List<String> suggestions() {
    return suggestions;
  }
}
