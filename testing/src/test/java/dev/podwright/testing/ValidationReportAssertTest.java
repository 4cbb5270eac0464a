package dev.podwright.testing;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {

  private static final Violation NAME_ERROR =
      new Violation(
          "CONTAINER_NAME_INVALID",
          Severity.ERROR,
          "spec.containers[0].name",
          "Main",
          "container name \"Main\" is not a DNS label",
          "use lower case",
          null);
  private static final Violation MOUNT_ERROR =
      new Violation(
          "MOUNT_VOLUME_NOT_FOUND",
          Severity.ERROR,
          "spec.containers[0].volumeMounts[1].name",
          "logs",
          "no volume \"logs\"",
          "declare it",
          null);
  private static final Violation MOUNT_ERROR_2 =
      MOUNT_ERROR.withPath("spec.initContainers[0].volumeMounts[0].name");
  private static final Violation LATEST_WARNING =
      new Violation(
          "IMAGE_LATEST_TAG",
          Severity.WARNING,
          "spec.containers[1].image",
          "envoy",
          "image \"envoy\" has no tag",
          "pin a version",
          null);

  private final ValidationReport report =
      new ValidationReport(List.of(NAME_ERROR, MOUNT_ERROR, MOUNT_ERROR_2, LATEST_WARNING));

  @Test
  void hasErrorAt() {
    assertThat(report)
        .hasError("MOUNT_VOLUME_NOT_FOUND")
        .times(2)
        .at("spec.initContainers[0].volumeMounts[0].name")
        .times(1)
        .withMessageContaining("no volume")
        .and()
        .hasError("CONTAINER_NAME_INVALID")
        .at("spec.containers[0].name");
  }

  @Test
  void hasExactlyComparesEveryFindingInOrder() {
    assertThat(report)
        .hasExactly(
            "ERROR CONTAINER_NAME_INVALID spec.containers[0].name",
            "ERROR MOUNT_VOLUME_NOT_FOUND spec.containers[0].volumeMounts[1].name",
            "ERROR MOUNT_VOLUME_NOT_FOUND spec.initContainers[0].volumeMounts[0].name",
            "WARNING IMAGE_LATEST_TAG spec.containers[1].image");
    assertThat(ValidationReport.EMPTY).hasExactly();
    assertThatThrownBy(
            () ->
                assertThat(new ValidationReport(List.of(NAME_ERROR, LATEST_WARNING)))
                    .hasExactly(
                        "WARNING IMAGE_LATEST_TAG spec.containers[1].image",
                        "ERROR CONTAINER_NAME_INVALID spec.containers[0].name"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected exactly the findings\n"
                + "  WARNING IMAGE_LATEST_TAG spec.containers[1].image\n"
                + "  ERROR CONTAINER_NAME_INVALID spec.containers[0].name\n"
                + "but the report has\n"
                + "  ERROR CONTAINER_NAME_INVALID spec.containers[0].name\n"
                + "  WARNING IMAGE_LATEST_TAG spec.containers[1].image\n");
  }

  @Test
  void hasErrorAtOtherPathFails() {
    assertThatThrownBy(
            () ->
                assertThat(report).hasError("CONTAINER_NAME_INVALID").at("spec.containers[1].name"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected ERROR CONTAINER_NAME_INVALID at spec.containers[1].name but it was reported"
                + " at [spec.containers[0].name]");
  }

  @Test
  void hasErrorFailsWhenRuleOnlyWarned() {
    assertThatThrownBy(() -> assertThat(report).hasError("IMAGE_LATEST_TAG"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected an ERROR from IMAGE_LATEST_TAG but it reported only:\n"
                + "WARNING IMAGE_LATEST_TAG spec.containers[1].image: image \"envoy\" has no tag"
                + " Fix: pin a version");
  }

  @Test
  void hasErrorFailsWhenRuleSilent() {
    assertThatThrownBy(() -> assertThat(report).hasError("PORT_CONFLICT"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("expected an ERROR from PORT_CONFLICT but the report has only:\n")
        .hasMessageContaining("ERROR CONTAINER_NAME_INVALID spec.containers[0].name");
    assertThatThrownBy(() -> assertThat(ValidationReport.EMPTY).hasError("PORT_CONFLICT"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected an ERROR from PORT_CONFLICT but the report has no violations");
  }

  @Test
  void hasWarningAndInfo() {
    assertThat(report).hasWarning("IMAGE_LATEST_TAG").at("spec.containers[1].image");
    assertThatThrownBy(() -> assertThat(report).hasWarning("MOUNT_VOLUME_NOT_FOUND"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected a WARNING from MOUNT_VOLUME_NOT_FOUND but it reported only:\nERROR");
    ValidationReport notes =
        new ValidationReport(
            List.of(new Violation("NOTE", Severity.INFO, "spec", null, "fyi", null, null)));
    assertThat(notes).hasInfo("NOTE").at("spec");
    assertThatThrownBy(() -> assertThat(report).hasInfo("NOTE"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("expected an INFO from NOTE but the report has only:");
  }

  @Test
  void withMessageContainingAndTimesFail() {
    assertThatThrownBy(
            () -> assertThat(report).hasError("MOUNT_VOLUME_NOT_FOUND").withMessageContaining("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected a message of MOUNT_VOLUME_NOT_FOUND containing \"x\" but the messages are:\n"
                + "no volume \"logs\"\nno volume \"logs\"");
    assertThatThrownBy(() -> assertThat(report).hasError("CONTAINER_NAME_INVALID").times(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("expected 2 ERROR CONTAINER_NAME_INVALID but there are 1:\n");
  }

  @Test
  void hasNoErrors() {
    assertThat(new ValidationReport(List.of(LATEST_WARNING))).hasNoErrors();
    assertThatThrownBy(() -> assertThat(report).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected no errors but the report has:\n"
                + "ERROR CONTAINER_NAME_INVALID spec.containers[0].name: container name \"Main\""
                + " is not a DNS label Fix: use lower case\n"
                + "ERROR MOUNT_VOLUME_NOT_FOUND spec.containers[0].volumeMounts[1].name: no volume"
                + " \"logs\" Fix: declare it\n"
                + "ERROR MOUNT_VOLUME_NOT_FOUND spec.initContainers[0].volumeMounts[0].name: no"
                + " volume \"logs\" Fix: declare it");
  }

  @Test
  void hasNoViolations() {
    assertThat(ValidationReport.EMPTY).hasNoViolations().hasNoErrors().hasExactlyRules();
    assertThatThrownBy(
            () -> assertThat(new ValidationReport(List.of(LATEST_WARNING))).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected no violations but the report has:\nWARNING IMAGE_LATEST_TAG"
                + " spec.containers[1].image: image \"envoy\" has no tag Fix: pin a version");
  }

  @Test
  void hasExactlyRules() {
    assertThat(report)
        .hasExactlyRules("IMAGE_LATEST_TAG", "MOUNT_VOLUME_NOT_FOUND", "CONTAINER_NAME_INVALID");
    assertThatThrownBy(
            () -> assertThat(report).hasExactlyRules("MOUNT_VOLUME_NOT_FOUND", "PORT_CONFLICT"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected exactly the rules [MOUNT_VOLUME_NOT_FOUND, PORT_CONFLICT] but the report has"
                + " [CONTAINER_NAME_INVALID, IMAGE_LATEST_TAG, MOUNT_VOLUME_NOT_FOUND] (missing"
                + " [PORT_CONFLICT], unexpected [CONTAINER_NAME_INVALID, IMAGE_LATEST_TAG]):\n");
  }

  @Test
  void doesNotHaveRule() {
    assertThat(report).doesNotHaveRule("PORT_CONFLICT");
    assertThatThrownBy(() -> assertThat(report).doesNotHaveRule("IMAGE_LATEST_TAG"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected no violation of IMAGE_LATEST_TAG but the report has:\nWARNING"
                + " IMAGE_LATEST_TAG spec.containers[1].image: image \"envoy\" has no tag Fix: pin"
                + " a version");
  }

  @Test
  void nullReportFailsLikeAssertJ() {
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }
}
