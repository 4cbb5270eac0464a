package dev.podwright.io;

import java.util.List;
import java.util.Objects;

/**
 * A manifest could not be read. Says where (source, line, column, field path) and what to do about
 * it; when a document has several problems of the same stage (unknown fields, missing required
 * fields) they are all in {@link #problems()}, the first one also in the accessors.
 *
 * <p>Unchecked: {@link ManifestReader} throws nothing else for bad input.
 */
public final class ManifestReadException extends ReadException {

  private static final long serialVersionUID = 1L;

  /** What kind of problem it is. */
  public enum Reason {
    /** Not well-formed YAML or JSON, or not UTF-8 text. */
    SYNTAX,
    /** A value of the wrong type, e.g. {@code containerPort: "abc"}. */
    WRONG_TYPE,
    /** A field the Kubernetes model does not have, e.g. {@code volumeMount}. */
    UNKNOWN_FIELD,
    /** A required field is missing, e.g. a container without {@code name}. */
    MISSING_FIELD,
    /** The same key twice in one map. */
    DUPLICATE_FIELD,
    /** A document that is not a mapping, or whose kind cannot be told. */
    NOT_A_MANIFEST,
    /** One of the {@link ReadLimits} was exceeded. */
    LIMIT_EXCEEDED,
    /** The file or stream could not be read. */
    IO
  }

  /**
   * One problem.
   *
   * @param reason what kind of problem
   * @param path the field path in the document, e.g. {@code spec.containers[0].ports[0]
   *     .containerPort}; empty when it is not about one field
   * @param line the line, from 1; 0 when not known
   * @param column the column, from 1; 0 when not known
   * @param message what is wrong and what to do
   */
  public record Problem(Reason reason, String path, int line, int column, String message) {

    /** Checks the problem. */
    public Problem {
      Objects.requireNonNull(reason, "reason");
      path = Objects.requireNonNullElse(path, "");
      Objects.requireNonNull(message, "message");
    }
  }

  private final int documentIndex;
  private final List<Problem> problems;

  ManifestReadException(String source, int documentIndex, List<Problem> problems, Throwable cause) {
    this(source, documentIndex, List.copyOf(problems), first(problems), cause);
  }

  private ManifestReadException(
      String source, int documentIndex, List<Problem> problems, Problem first, Throwable cause) {
    super(
        render(source, problems),
        source,
        first.path(),
        first.line(),
        first.column(),
        first.message(),
        cause);
    this.documentIndex = documentIndex;
    this.problems = problems;
  }

  ManifestReadException(String source, int documentIndex, Problem problem, Throwable cause) {
    this(source, documentIndex, List.of(problem), cause);
  }

  private static Problem first(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    return problems.get(0);
  }

  /** The file or other source being read, or null when not known; the same as {@link #file()}. */
  public String source() {
    return file();
  }

  /** The document (from 0) the problem is in, or -1 when it is not about one document. */
  public int documentIndex() {
    return documentIndex;
  }

  /** Every problem found, at least one. */
  public List<Problem> problems() {
    return problems;
  }

  /** The first problem's reason. */
  public Reason reason() {
    return problems.get(0).reason();
  }

  private static String render(String source, List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    for (Problem problem : problems) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(
          render(source, problem.line(), problem.column(), problem.path(), problem.message()));
    }
    return out.toString();
  }
}
