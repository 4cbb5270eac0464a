package dev.podwright.examples.hkube;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.testing.GoldenFiles;
import dev.podwright.validation.composition.CompositionValidator;
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
    assertThat(spec.getInitContainers())
        .extracting(V1Container::getName)
        .containsExactly("mycar", "metrics", "uploader");
    V1Container mycar = spec.getInitContainers().get(0);
    assertThat(mycar.getEnv())
        .extracting("name", "value")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("env1", "val1"),
            org.assertj.core.groups.Tuple.tuple("SHARED_DIR", "/shared-dir"));
    assertThat(mycar.getResources().getRequests().get("cpu").toSuffixedString()).isEqualTo("500m");
    for (V1Container defaulted : spec.getInitContainers().subList(1, 3)) {
      assertThat(defaulted.getResources().getRequests().get("cpu").toSuffixedString())
          .isEqualTo("100m");
      assertThat(defaulted.getResources().getRequests().get("memory").toSuffixedString())
          .isEqualTo("128Mi");
    }
    assertThat(spec.getVolumes()).extracting("name").containsExactly("shared-volume");
    assertThat(result.report()).hasNoViolations();
  }

  @Test
  void duplicateSidecarNameIsRefused() {
    CompositionValidator.Result result = HkubeExamples.duplicateSidecarNameRefused().run();

    assertThat(result.spec()).isNotNull();
    assertThat(result.report()).hasExactly("ERROR CONTAINER_NAME_UNIQUE_INIT sidecars[2].name");
    assertThat(result.report().violations().get(0).message())
        .isEqualTo(
            "Duplicate value: \"mycar\": the name is already used by spec.initContainers[0].");
  }
}
