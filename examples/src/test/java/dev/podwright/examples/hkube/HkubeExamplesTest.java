package dev.podwright.examples.hkube;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.testing.GoldenFiles;
import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HkubeExamplesTest {

  @Test
  void threeSidecarsShareTheAlgorithmVolumeAndGetDefaultResources() {
    CompositionValidator.Result result = HkubeExamples.algorithmWithThreeSidecars().run();

    V1PodSpec spec = result.spec();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/hkube-algorithm.yaml"), PodSpecWriter.toYaml(spec));
    assertThat(spec.getContainers())
        .extracting(V1Container::getName, V1Container::getRestartPolicy)
        .as("sidecars as classic containers after worker and algorunner")
        .containsExactly(
            tuple("worker", null),
            tuple("algorunner", null),
            tuple("mycar", null),
            tuple("metrics", null),
            tuple("uploader", null));
    assertThat(spec.getInitContainers()).isNull();
    V1Container mycar = spec.getContainers().get(2);
    assertThat(mycar.getEnv())
        .extracting("name", "value")
        .containsExactly(tuple("env1", "val1"), tuple("SHARED_DIR", "/shared-dir"));
    assertThat(mycar.getResources().getRequests().get("cpu").toSuffixedString()).isEqualTo("500m");
    assertThat(mycar.getResources().getLimits().get("cpu").toSuffixedString()).isEqualTo("1");
    for (V1Container defaulted : spec.getContainers().subList(3, 5)) {
      assertThat(defaulted.getResources().getRequests())
          .as("HKube's default requests")
          .containsOnly(
              entry("cpu", Quantity.fromString("100m")),
              entry("memory", Quantity.fromString("128Mi")));
      assertThat(defaulted.getResources().getLimits())
          .as("limits twice the requests")
          .containsOnly(
              entry("cpu", Quantity.fromString("200m")),
              entry("memory", Quantity.fromString("256Mi")));
    }
    assertThat(spec.getVolumes()).extracting("name").containsExactly("shared-volume");
    assertThat(result.report()).hasNoViolations();
  }

  @Test
  void duplicateSidecarNameIsRefused() {
    CompositionValidator.Result result = HkubeExamples.duplicateSidecarNameRefused().run();

    assertThat(result.spec()).isNotNull();
    assertThat(result.report()).hasExactly("ERROR CONTAINER_NAME_UNIQUE_REGULAR sidecars[2].name");
    assertThat(result.report().violations().get(0).message())
        .isEqualTo("Duplicate value: \"mycar\": the name is already used by spec.containers[2].");
  }
}
