package dev.podwright.validation.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the validators found, in a stable order (by path, then rule id). Immutable.
 *
 * @param violations every violation found
 */
public record ValidationReport(List<Violation> violations) {

  /** A report with nothing in it. */
  public static final ValidationReport EMPTY = new ValidationReport(List.of());

  /** Copies the list. */
  public ValidationReport {
    violations = List.copyOf(violations);
  }

  /** True when there is no {@link Severity#ERROR}. */
  public boolean isValid() {
    for (Violation violation : violations) {
      if (violation.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** The errors. */
  public List<Violation> errors() {
    return bySeverity(Severity.ERROR);
  }

  /** The warnings. */
  public List<Violation> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /** The informational notes. */
  public List<Violation> infos() {
    return bySeverity(Severity.INFO);
  }

  /** The violations found by one rule. */
  public List<Violation> byRule(String ruleId) {
    List<Violation> found = new ArrayList<>();
    for (Violation violation : violations) {
      if (violation.ruleId().equals(ruleId)) {
        found.add(violation);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * This report with a source location attached to every violation whose path the function knows
   * (e.g. from a reader's source map). Violations it does not know, or that have one, are kept.
   */
  public ValidationReport locate(Function<String, Optional<SourceLocation>> where) {
    List<Violation> located = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      Optional<SourceLocation> found =
          violation.location() != null ? Optional.empty() : where.apply(violation.path());
      located.add(found == null || found.isEmpty() ? violation : violation.at(found.get()));
    }
    return new ValidationReport(located);
  }

  /** This report followed by another. */
  public ValidationReport and(ValidationReport other) {
    List<Violation> all = new ArrayList<>(violations);
    all.addAll(other.violations);
    return new ValidationReport(all);
  }

  /**
   * Returns quietly when valid.
   *
   * @throws InvalidPodSpecException listing every error (and warning) when not valid
   */
  public void throwIfInvalid() {
    if (!isValid()) {
      throw new InvalidPodSpecException(this);
    }
  }

  private List<Violation> bySeverity(Severity severity) {
    List<Violation> found = new ArrayList<>();
    for (Violation violation : violations) {
      if (violation.severity() == severity) {
        found.add(violation);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** One violation a line, errors first; {@code "no violations"} when empty. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no violations";
    }
    StringBuilder text = new StringBuilder();
    for (Severity severity : Severity.values()) {
      for (Violation violation : bySeverity(severity)) {
        text.append(violation).append('\n');
      }
    }
    return text.toString().stripTrailing();
  }
}
