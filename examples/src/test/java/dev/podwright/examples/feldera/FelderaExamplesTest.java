package dev.podwright.examples.feldera;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.testing.GoldenFiles;
import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.openapi.models.V1Container;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FelderaExamplesTest {

  @Test
  void initContainerWithRestartPolicyAlwaysIsANativeSidecarWithItsResources() {
    CompositionValidator.Result result = FelderaExamples.pipelineWithNativeSidecar().run();

    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/feldera-pipeline.yaml"),
        PodSpecWriter.toYaml(result.spec()));
    V1Container sidecar = result.spec().getInitContainers().get(0);
    assertThat(sidecar.getName()).isEqualTo("example");
    assertThat(sidecar.getRestartPolicy()).isEqualTo("Always");
    assertThat(sidecar.getResources().getRequests().get("cpu").toSuffixedString())
        .isEqualTo("250m");
    assertThat(sidecar.getResources().getLimits().get("memory").toSuffixedString())
        .isEqualTo("512Mi");
    assertThat(result.report()).hasNoViolations();
  }

  @Test
  void refusedWhenTheOperatorForbidsInitContainers() {
    CompositionValidator.Result result =
        FelderaExamples.pipelineWithInitContainersForbidden().run();

    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/feldera-pipeline.yaml"),
        PodSpecWriter.toYaml(result.spec()));
    assertThat(result.report())
        .hasExactly(
            "ERROR COMPOSITION_SIDECARS_FORBIDDEN sidecars[0]",
            "ERROR POLICY_INIT_CONTAINERS_FORBIDDEN spec.initContainers[0]");
    assertThat(result.report().byRule("COMPOSITION_SIDECARS_FORBIDDEN").get(0).message())
        .isEqualTo(
            "sidecar \"example\" is not allowed: the platform operator has disabled init"
                + " containers (and so native sidecars).");
  }
}
