package dev.podwright.io;

import dev.podwright.path.FieldPath;
import java.util.Objects;

/**
 * A problem found while reading a manifest that does not stop the reading: a schema problem (a
 * missing required field, a value of the wrong type, an unknown field) or a YAML oddity the API
 * server tolerates (a repeated key). The document is still read; the offending value is left out of
 * the pod spec (a repeated key keeps its last value, as kubectl does without {@code
 * --validate=strict}), so the rest of the spec can still be validated. The validation module turns
 * these into violations with the same rule id.
 *
 * <p>What is not YAML or JSON at all, or breaks a {@link ReadLimits} limit, is still thrown as a
 * {@link ManifestReadException}.
 *
 * @param ruleId the stable rule id, one of the constants of this record
 * @param level how bad it is
 * @param path the field path from the document root, as the API server prints it, e.g. {@code
 *     spec.containers[0].env[0].value}
 * @param position where it is in the text (for a missing field: where its parent object is)
 * @param message what is wrong
 * @param fix how to fix it
 */
public record ReadProblem(
    String ruleId,
    Level level,
    FieldPath path,
    SourcePosition position,
    String message,
    String fix) {

  /** A required field (per the official model's OpenAPI schema) is missing or null. */
  public static final String SCHEMA_MISSING_REQUIRED_FIELD = "SCHEMA_MISSING_REQUIRED_FIELD";

  /** A value of the wrong type, e.g. a number where the schema wants a string. */
  public static final String SCHEMA_WRONG_TYPE = "SCHEMA_WRONG_TYPE";

  /** A field the official model does not have. */
  public static final String SCHEMA_UNKNOWN_FIELD = "SCHEMA_UNKNOWN_FIELD";

  /** The same key twice in one YAML or JSON map; the last value is used. */
  public static final String YAML_DUPLICATE_KEY = "YAML_DUPLICATE_KEY";

  /** How bad a reading problem is. */
  public enum Level {
    /** The API server would reject the object. */
    ERROR,
    /** Accepted, but probably not what the author meant. */
    WARNING
  }

  /**
   * Checks the problem.
   *
   * @throws NullPointerException if a part other than fix is null
   */
  public ReadProblem {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    fix = fix == null ? "" : fix;
  }

  /** {@code 4:5 ERROR SCHEMA_UNKNOWN_FIELD spec.containers[0].imag: message}. */
  @Override
  public String toString() {
    return position + " " + level + " " + ruleId + " " + path + ": " + message;
  }
}
