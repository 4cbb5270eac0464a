package dev.podwright.examples;

import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import java.util.List;

/** Compact forms of validation outcomes for assertions. */
public final class Outcomes {

  private Outcomes() {}

  /** Each violation as {@code SEVERITY RULE_ID path}, in report order. */
  public static List<String> of(ValidationReport report) {
    return report.violations().stream().map(Outcomes::of).toList();
  }

  /** {@code SEVERITY RULE_ID path}. */
  public static String of(Violation violation) {
    return violation.severity() + " " + violation.ruleId() + " " + violation.path();
  }
}
