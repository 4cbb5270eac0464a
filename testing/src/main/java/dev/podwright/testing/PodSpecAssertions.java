package dev.podwright.testing;

import dev.podwright.validation.report.ValidationReport;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;

/**
 * The entry point of Podwright's AssertJ assertions. Import it statically next to (or instead of)
 * {@code org.assertj.core.api.Assertions.assertThat}; the overloads below are more specific, so
 * both imports live together.
 *
 * <pre>{@code
 * assertThat(spec).hasSidecar("log-shipper").isNativeSidecar().startsBefore("app");
 * assertThat(spec).hasContainer("app").mounts("shared-logs").at("/var/log").readOnly();
 * assertThat(spec).hasVolume("shared-logs").isEmptyDir().withMedium("Memory");
 * assertThat(spec).matchesYaml("golden/pod.yaml");
 * assertThat(report).hasError("MOUNT_VOLUME_NOT_FOUND").at("spec.containers[0].volumeMounts[0].name");
 * }</pre>
 */
public final class PodSpecAssertions {

  private PodSpecAssertions() {}

  /** Assertions on a whole pod spec. */
  public static PodSpecAssert assertThat(V1PodSpec actual) {
    return new PodSpecAssert(actual);
  }

  /** Assertions on one container, outside any pod spec. */
  public static ContainerAssert assertThat(V1Container actual) {
    return new ContainerAssert(actual, null);
  }

  /** Assertions on one volume, outside any pod spec. */
  public static VolumeAssert assertThat(V1Volume actual) {
    return new VolumeAssert(actual, null, null);
  }

  /** Assertions on what a validator reported. */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
