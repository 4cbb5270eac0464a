package dev.podwright.validation.report;

import java.util.Objects;

/**
 * One problem found by a rule.
 *
 * @param ruleId the stable id of the rule that found it, e.g. {@code MOUNT_VOLUME_NOT_FOUND}
 * @param severity how bad it is
 * @param path the field path as the API server reports it, e.g. {@code
 *     spec.containers[0].volumeMounts[0].name}
 * @param value the offending value as text, or null when there is none to show
 * @param message what is wrong
 * @param hint how to fix it
 * @param location where the element was declared in a file, or null
 */
public record Violation(
    String ruleId,
    Severity severity,
    String path,
    String value,
    String message,
    String hint,
    SourceLocation location) {

  /** Checks the required parts. */
  public Violation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  /** This violation with a source location attached. */
  public Violation at(SourceLocation where) {
    return new Violation(ruleId, severity, path, value, message, hint, where);
  }

  /** This violation with its path placed under a prefix ({@code spec.} + path). */
  public Violation withPath(String newPath) {
    return new Violation(ruleId, severity, newPath, value, message, hint, location);
  }

  /**
   * One line: {@code ERROR MOUNT_VOLUME_NOT_FOUND spec.containers[0].volumeMounts[0].name: message
   * (fix: hint)}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(severity).append(' ').append(ruleId).append(' ').append(path);
    if (location != null) {
      text.append(" (").append(location).append(')');
    }
    text.append(": ").append(message);
    if (!hint.isEmpty()) {
      text.append(" Fix: ").append(hint);
    }
    return text.toString();
  }
}
