package dev.podwright.examples.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.examples.Golden;
import dev.podwright.examples.Outcomes;
import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.openapi.models.V1PodSpec;
import org.junit.jupiter.api.Test;

class PatternExamplesTest {

  @Test
  void logShipperTailsTheSharedLogVolumeReadOnly() {
    CompositionValidator.Result result = PatternExamples.logShipping().run();

    V1PodSpec spec = result.spec();
    assertThat(Golden.yaml(spec)).isEqualTo(Golden.expected("patterns-log-shipping"));
    assertThat(spec.getInitContainers().get(0).getVolumeMounts().get(0).getReadOnly()).isTrue();
    assertThat(spec.getContainers().get(0).getVolumeMounts().get(0).getReadOnly()).isNull();
    assertThat(Outcomes.of(result.report())).isEmpty();
  }

  @Test
  void ambassadorListensOnLocalhostWhereTheAppConnects() {
    CompositionValidator.Result result = PatternExamples.ambassadorProxy().run();

    V1PodSpec spec = result.spec();
    assertThat(Golden.yaml(spec)).isEqualTo(Golden.expected("patterns-ambassador"));
    assertThat(spec.getContainers().get(0).getEnv().get(0).getValue()).isEqualTo("localhost:6379");
    assertThat(spec.getInitContainers().get(0).getStartupProbe().getTcpSocket().getPort())
        .hasToString("6379");
    assertThat(Outcomes.of(result.report())).isEmpty();
  }

  @Test
  void jobWithNativeSidecarCompletes() {
    CompositionValidator.Result result = PatternExamples.jobWithNativeSidecar().run();

    V1PodSpec spec = result.spec();
    assertThat(Golden.yaml(spec)).isEqualTo(Golden.expected("patterns-job-native"));
    assertThat(spec.getContainers()).extracting("name").containsExactly("batch");
    assertThat(spec.getInitContainers().get(0).getRestartPolicy()).isEqualTo("Always");
    assertThat(Outcomes.of(result.report())).isEmpty();
  }

  @Test
  void jobWithClassicSidecarIsFlagged() {
    CompositionValidator.Result result = PatternExamples.jobWithClassicSidecar().run();

    V1PodSpec spec = result.spec();
    assertThat(Golden.yaml(spec)).isEqualTo(Golden.expected("patterns-job-classic"));
    assertThat(spec.getContainers()).extracting("name").containsExactly("batch", "log-shipper");
    assertThat(Outcomes.of(result.report()))
        .containsExactly("WARNING RT_JOB_LEGACY_SIDECAR spec.containers[1]");
    assertThat(result.report().isValid()).as("a warning, not an error").isTrue();
  }
}
