package dev.podwright.examples.patterns;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.testing.GoldenFiles;
import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PatternExamplesTest {

  @Test
  void logShipperTailsTheSharedLogVolumeReadOnly() {
    CompositionValidator.Result result = PatternExamples.logShipping().run();

    V1PodSpec spec = result.spec();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/patterns-log-shipping.yaml"),
        PodSpecWriter.toYaml(spec));
    assertThat(spec.getInitContainers().get(0).getVolumeMounts().get(0).getReadOnly()).isTrue();
    assertThat(spec.getContainers().get(0).getVolumeMounts().get(0).getReadOnly()).isNull();
    assertThat(result.report()).hasNoViolations();
  }

  @Test
  void ambassadorListensOnLocalhostWhereTheAppConnects() {
    CompositionValidator.Result result = PatternExamples.ambassadorProxy().run();

    V1PodSpec spec = result.spec();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/patterns-ambassador.yaml"),
        PodSpecWriter.toYaml(spec));
    assertThat(spec.getContainers().get(0).getEnv().get(0).getValue()).isEqualTo("localhost:6379");
    assertThat(spec.getInitContainers().get(0).getStartupProbe().getTcpSocket().getPort())
        .hasToString("6379");
    assertThat(result.report()).hasNoViolations();
  }

  @Test
  void jobWithNativeSidecarCompletes() {
    CompositionValidator.Result result = PatternExamples.jobWithNativeSidecar().run();

    V1PodSpec spec = result.spec();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/patterns-job-native.yaml"),
        PodSpecWriter.toYaml(spec));
    assertThat(spec.getContainers()).extracting("name").containsExactly("batch");
    assertThat(spec.getInitContainers().get(0).getRestartPolicy()).isEqualTo("Always");
    assertThat(result.report()).hasNoViolations();
  }

  @Test
  void jobWithClassicSidecarIsFlagged() {
    CompositionValidator.Result result = PatternExamples.jobWithClassicSidecar().run();

    V1PodSpec spec = result.spec();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/patterns-job-classic.yaml"),
        PodSpecWriter.toYaml(spec));
    assertThat(spec.getContainers()).extracting("name").containsExactly("batch", "log-shipper");
    assertThat(result.report()).hasExactly("WARNING RT_JOB_LEGACY_SIDECAR spec.containers[1]");
    assertThat(result.report().isValid()).as("a warning, not an error").isTrue();
  }
}
