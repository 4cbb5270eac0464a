package dev.podwright.validation.output;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.Violation;
import java.util.List;
import java.util.Objects;

/**
 * What was found in one document of an input: a workload of a manifest, or a composition of a
 * declaration.
 *
 * @param index which document of the input, counted from 0
 * @param kind its kind as shown in reports ({@code Deployment}, {@code PodwrightDeclaration})
 * @param name its name, or null
 * @param violations what was found and not suppressed, in report order
 * @param suppressed what was found and suppressed, counted in summaries
 */
public record DocumentResult(
    int index, String kind, String name, List<Violation> violations, List<Suppression> suppressed) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if kind or a list is null
   */
  public DocumentResult {
    Objects.requireNonNull(kind, "kind");
    violations = List.copyOf(violations);
    suppressed = List.copyOf(suppressed);
  }

  /** True when no unsuppressed violation is an {@link Severity#ERROR}. */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }
}
