package dev.podwright.validation.pss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator hands the pod's annotations to the Pod Security checks, at the right path. */
class PodAnnotationsThroughValidatorTest {

  private static final String UNCONFINED = "container.apparmor.security.beta.kubernetes.io/app";

  private final PodSpecValidator baseline =
      PodSpecValidator.builder()
          .policy(HostPolicy.builder().podSecurityLevel(PodSecurityLevel.BASELINE).build())
          .build();

  private static V1PodSpec spec() {
    return new V1PodSpec().containers(List.of(new V1Container().name("app").image("nginx:1.27")));
  }

  @Test
  void anUnconfinedAppArmorAnnotationOnAPodIsReportedAtItsMetadata() {
    List<Violation> found =
        baseline
            .validate(spec(), FieldPath.of("spec"), false, Map.of(UNCONFINED, "unconfined"))
            .byRule("PSS_APP_ARMOR_PROFILE");
    assertThat(found)
        .extracting(Violation::path)
        .containsExactly("metadata.annotations[" + UNCONFINED + "]");
  }

  @Test
  void onAWorkloadTemplateTheAnnotationSitsBesideTheTemplateSpec() {
    List<Violation> found =
        baseline
            .validate(
                spec(),
                FieldPath.of("spec", "template", "spec"),
                false,
                Map.of(UNCONFINED, "unconfined"))
            .byRule("PSS_APP_ARMOR_PROFILE");
    assertThat(found)
        .extracting(Violation::path, Violation::value)
        .containsExactly(
            tuple("spec.template.metadata.annotations[" + UNCONFINED + "]", "unconfined"));
  }

  @Test
  void aRuntimeDefaultProfileOrNoAnnotationIsFine() {
    assertThat(
            baseline
                .validate(
                    spec(), FieldPath.of("spec"), false, Map.of(UNCONFINED, "runtime/default"))
                .byRule("PSS_APP_ARMOR_PROFILE"))
        .isEmpty();
    assertThat(baseline.validate(spec()).byRule("PSS_APP_ARMOR_PROFILE")).isEmpty();
  }
}
