package dev.podwright.testing;

import static dev.podwright.testing.Texts.quote;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationReport}. Obtain one with {@link
 * PodSpecAssertions#assertThat(ValidationReport)}.
 */
public final class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Verifies the report has at least one error from the rule.
   *
   * @return assertions on that rule's errors
   */
  public ViolationsAssert hasError(String ruleId) {
    return has(Severity.ERROR, ruleId);
  }

  /**
   * Verifies the report has at least one warning from the rule.
   *
   * @return assertions on that rule's warnings
   */
  public ViolationsAssert hasWarning(String ruleId) {
    return has(Severity.WARNING, ruleId);
  }

  /**
   * Verifies the report has at least one informational note from the rule.
   *
   * @return assertions on that rule's notes
   */
  public ViolationsAssert hasInfo(String ruleId) {
    return has(Severity.INFO, ruleId);
  }

  /** Verifies the report has no error (warnings and notes are fine). */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    if (!actual.errors().isEmpty()) {
      failWithMessage("%s", "expected no errors but the report has:\n" + lines(actual.errors()));
    }
    return myself;
  }

  /** Verifies the report is empty. */
  public ValidationReportAssert hasNoViolations() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      failWithMessage("%s", "expected no violations but the report has:\n" + actual);
    }
    return myself;
  }

  /** Verifies no violation (of any severity) comes from the rule. */
  public ValidationReportAssert doesNotHaveRule(String ruleId) {
    isNotNull();
    List<Violation> found = actual.byRule(ruleId);
    if (!found.isEmpty()) {
      failWithMessage(
          "%s", "expected no violation of " + ruleId + " but the report has:\n" + lines(found));
    }
    return myself;
  }

  /**
   * Verifies the rules that reported are exactly these: every one reported at least once, no other
   * rule reported. Order and repeats do not matter.
   */
  public ValidationReportAssert hasExactlyRules(String... ruleIds) {
    isNotNull();
    TreeSet<String> expected = new TreeSet<>(Arrays.asList(ruleIds));
    TreeSet<String> reported = new TreeSet<>();
    actual.violations().forEach(v -> reported.add(v.ruleId()));
    if (!expected.equals(reported)) {
      TreeSet<String> missing = new TreeSet<>(expected);
      missing.removeAll(reported);
      TreeSet<String> unexpected = new TreeSet<>(reported);
      unexpected.removeAll(expected);
      failWithMessage(
          "%s",
          "expected exactly the rules "
              + expected
              + " but the report has "
              + reported
              + " (missing "
              + missing
              + ", unexpected "
              + unexpected
              + "):\n"
              + actual);
    }
    return myself;
  }

  /**
   * Verifies the report holds exactly these findings, in report order, each written {@code SEVERITY
   * RULE_ID path}, e.g. {@code "WARNING RT_JOB_LEGACY_SIDECAR spec.containers[1]"}. No argument
   * means an empty report.
   */
  public ValidationReportAssert hasExactly(String... findings) {
    isNotNull();
    List<String> expected = Arrays.asList(findings);
    List<String> reported = new ArrayList<>();
    for (Violation violation : actual.violations()) {
      reported.add(finding(violation));
    }
    if (!expected.equals(reported)) {
      failWithMessage(
          "%s",
          "expected exactly the findings\n  "
              + String.join("\n  ", expected)
              + "\nbut the report has\n  "
              + String.join("\n  ", reported)
              + "\n(in full:\n"
              + actual
              + ")");
    }
    return myself;
  }

  /** {@code SEVERITY RULE_ID path}. */
  static String finding(Violation violation) {
    return violation.severity() + " " + violation.ruleId() + " " + violation.path();
  }

  private ViolationsAssert has(Severity severity, String ruleId) {
    isNotNull();
    List<Violation> found =
        actual.byRule(ruleId).stream().filter(v -> v.severity() == severity).toList();
    if (found.isEmpty()) {
      List<Violation> other = actual.byRule(ruleId);
      failWithMessage(
          "%s",
          "expected "
              + article(severity)
              + " "
              + severity
              + " from "
              + ruleId
              + " but "
              + (other.isEmpty()
                  ? "the report has "
                      + (actual.violations().isEmpty() ? "no violations" : "only:\n" + actual)
                  : "it reported only:\n" + lines(other)));
    }
    return new ViolationsAssert(this, severity, ruleId, found);
  }

  private static String article(Severity severity) {
    return severity == Severity.ERROR || severity == Severity.INFO ? "an" : "a";
  }

  static String lines(List<Violation> violations) {
    List<String> lines = new ArrayList<>();
    violations.forEach(v -> lines.add(v.toString()));
    return String.join("\n", lines);
  }

  /**
   * Assertions on the violations one rule reported with one severity. Obtain them with {@link
   * ValidationReportAssert#hasError} and its siblings.
   */
  public static final class ViolationsAssert
      extends AbstractAssert<ViolationsAssert, List<Violation>> {

    private final ValidationReportAssert report;
    private final Severity severity;
    private final String ruleId;

    ViolationsAssert(
        ValidationReportAssert report, Severity severity, String ruleId, List<Violation> found) {
      super(found, ViolationsAssert.class);
      this.report = report;
      this.severity = severity;
      this.ruleId = ruleId;
    }

    /** Back to the assertions on the whole report. */
    public ValidationReportAssert and() {
      return report;
    }

    /**
     * Verifies one of the violations is at this field path; the following assertions apply to the
     * violations at that path.
     */
    public ViolationsAssert at(String path) {
      List<Violation> there = actual.stream().filter(v -> v.path().equals(path)).toList();
      if (there.isEmpty()) {
        failWithMessage(
            "%s",
            "expected "
                + severity
                + " "
                + ruleId
                + " at "
                + path
                + " but it was reported at "
                + actual.stream().map(Violation::path).distinct().toList());
      }
      return new ViolationsAssert(report, severity, ruleId, there);
    }

    /** Verifies one of the violations has a message containing this text. */
    public ViolationsAssert withMessageContaining(String text) {
      if (actual.stream().noneMatch(v -> v.message().contains(text))) {
        failWithMessage(
            "%s",
            "expected a message of "
                + ruleId
                + " containing "
                + quote(text)
                + " but the messages are:\n"
                + String.join("\n", actual.stream().map(Violation::message).toList()));
      }
      return myself;
    }

    /** Verifies the rule reported this many violations (after {@link #at}, at that path). */
    public ViolationsAssert times(int count) {
      if (actual.size() != count) {
        failWithMessage(
            "%s",
            "expected "
                + count
                + " "
                + severity
                + " "
                + ruleId
                + " but there are "
                + actual.size()
                + ":\n"
                + lines(actual));
      }
      return myself;
    }
  }
}
