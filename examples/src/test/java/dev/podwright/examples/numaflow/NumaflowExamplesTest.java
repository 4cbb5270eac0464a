package dev.podwright.examples.numaflow;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.testing.GoldenFiles;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NumaflowExamplesTest {

  @Test
  void udfSidecarSharesAnInMemorySocketVolumeAndStartsFirst() {
    CompositionValidator.Result result = NumaflowExamples.udfWithUnixSocketSidecar().run();

    V1PodSpec spec = result.spec();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/numaflow-udf.yaml"), PodSpecWriter.toYaml(spec));
    V1Container sidecar = spec.getInitContainers().get(0);
    assertThat(sidecar.getName()).isEqualTo("my-sidecar");
    assertThat(sidecar.getRestartPolicy()).isEqualTo("Always");
    assertThat(sidecar.getStartupProbe().getExec().getCommand())
        .containsExactly("test", "-S", "/path/to/my-sidecar-mount-path/my.sock");
    assertThat(spec.getVolumes())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getName()).isEqualTo(NumaflowExamples.SOCKET_VOLUME);
              assertThat(v.getEmptyDir().getMedium()).isEqualTo("Memory");
            });
    assertThat(spec.getContainers().get(0).getVolumeMounts().get(0).getName())
        .isEqualTo(sidecar.getVolumeMounts().get(0).getName());
    assertThat(result.report()).hasNoViolations();
  }

  @Test
  void sinkVertexTakesASidecar() {
    CompositionValidator.Result result = NumaflowExamples.sinkWithSidecar().run();

    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/numaflow-sink.yaml"),
        PodSpecWriter.toYaml(result.spec()));
    assertThat(result.report()).hasNoViolations();
  }

  @Test
  void sourceVertexRefusesItsSidecarSayingWhyAndWhatToDo() {
    CompositionValidator.Result result = NumaflowExamples.sourceWithSidecarRefused().run();

    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/numaflow-source.yaml"),
        PodSpecWriter.toYaml(result.spec()));
    assertThat(result.report()).hasExactly("ERROR KIND_SIDECARS_NOT_ALLOWED sidecars[0]");
    Violation refused = result.report().byRule("KIND_SIDECARS_NOT_ALLOWED").get(0);
    assertThat(refused.message())
        .as("says why")
        .isEqualTo(
            "sidecar \"my-sidecar\" (owned by user) is not allowed: workload kind \"source\""
                + " takes no user-owned sidecars"
                + " (Numaflow source vertices do not support sidecars).");
    assertThat(refused.hint())
        .as("says what to do")
        .isEqualTo("Remove the sidecars, or move them to a workload kind that allows them.");
    assertThat(result.report().isValid()).isFalse();
  }
}
