package dev.podwright.validation.spi;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.report.Severity;

/** Where a rule reports what it finds. Not thread-safe: one sink per validation run. */
public interface ViolationSink {

  /**
   * Reports a violation with the rule's default severity and fix.
   *
   * @param path where, as the API server would report it
   * @param value the offending value (rendered with {@code String.valueOf}), or null
   * @param message what is wrong, naming the value
   */
  void report(FieldPath path, Object value, String message);

  /** Reports a violation with its own severity and fix. */
  void report(FieldPath path, Object value, String message, Severity severity, String hint);
}
