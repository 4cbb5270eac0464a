package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.validation.report.InvalidPodSpecException;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Violation violation(String rule, Severity severity, String path) {
    return new Violation(rule, severity, path, "x", "what is wrong", "how to fix", null);
  }

  private final ValidationReport report =
      new ValidationReport(
          List.of(
              violation("W", Severity.WARNING, "spec.containers[0].image"),
              violation("E", Severity.ERROR, "sidecars[1].name"),
              violation("I", Severity.INFO, "spec.volumes[0]")));

  @Test
  void splitsBySeverityAndRule() {
    assertThat(report.isValid()).isFalse();
    assertThat(report.errors()).extracting(Violation::ruleId).containsExactly("E");
    assertThat(report.warnings()).extracting(Violation::ruleId).containsExactly("W");
    assertThat(report.infos()).extracting(Violation::ruleId).containsExactly("I");
    assertThat(report.byRule("W")).hasSize(1);
    assertThat(ValidationReport.EMPTY.isValid()).isTrue();
    assertThat(ValidationReport.EMPTY).hasToString("no violations");
  }

  @Test
  void throwIfInvalidListsEveryViolationErrorsFirst() {
    assertThatThrownBy(report::throwIfInvalid)
        .isInstanceOf(InvalidPodSpecException.class)
        .hasMessage(
            "1 error(s) in the pod spec:\n"
                + "ERROR E sidecars[1].name: what is wrong Fix: how to fix\n"
                + "WARNING W spec.containers[0].image: what is wrong Fix: how to fix\n"
                + "INFO I spec.volumes[0]: what is wrong Fix: how to fix");
  }

  @Test
  void locatesViolationsWhosePathsAreKnown() {
    ValidationReport located =
        report.locate(
            path ->
                path.startsWith("sidecars")
                    ? Optional.of(new SourceLocation("pod.yaml", 7, 11))
                    : Optional.empty());
    assertThat(located.errors().get(0).location()).isEqualTo(new SourceLocation("pod.yaml", 7, 11));
    assertThat(located.errors().get(0))
        .hasToString("ERROR E sidecars[1].name (pod.yaml:7:11): what is wrong Fix: how to fix");
    assertThat(located.warnings().get(0).location()).isNull();
  }
}
