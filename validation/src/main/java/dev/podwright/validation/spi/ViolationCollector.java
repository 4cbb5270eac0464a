package dev.podwright.validation.spi;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A {@link ViolationSink} that turns one rule's findings into {@link Violation}s (filling in the
 * rule's id, default severity and fix) and adds them to a list. Not thread-safe: one per run.
 */
public final class ViolationCollector implements ViolationSink {

  private final RuleInfo info;
  private final List<Violation> out;

  /**
   * Collects the findings of the rule described by {@code info} into {@code out}.
   *
   * @param info the rule
   * @param out where violations are added
   */
  public ViolationCollector(RuleInfo info, List<Violation> out) {
    this.info = Objects.requireNonNull(info, "info");
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void report(FieldPath path, Object value, String message) {
    report(path, value, message, info.severity(), info.fix());
  }

  @Override
  public void report(FieldPath path, Object value, String message, Severity severity, String hint) {
    out.add(
        new Violation(
            info.id(),
            severity == null ? info.severity() : severity,
            path == null ? "" : path.toString(),
            value == null ? null : String.valueOf(value),
            message == null ? "" : message,
            hint == null ? info.fix() : hint,
            null));
  }
}
