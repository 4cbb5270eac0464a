package dev.podwright.examples.numaflow;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.emit.BaseSpec;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.model.Owner;
import dev.podwright.model.Sidecar;
import dev.podwright.testing.GoldenFiles;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NumaflowExamplesTest {

  @Test
  void udfVertexIsLaidOutAsNumaflowLaysItOutWithTheSidecarOnAnInMemorySocketVolume() {
    CompositionValidator.Result result = NumaflowExamples.udfWithUnixSocketSidecar().run();

    V1PodSpec spec = result.spec();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/numaflow-udf.yaml"), PodSpecWriter.toYaml(spec));
    assertThat(spec.getInitContainers())
        .extracting(V1Container::getName, V1Container::getRestartPolicy)
        .as("Numaflow's init, then the UD container as a native sidecar after it")
        .containsExactly(tuple("init", null), tuple("udf", "Always"));
    assertThat(spec.getContainers())
        .extracting(V1Container::getName, V1Container::getRestartPolicy)
        .as("Numaflow's numa, then the user's sidecar as a classic container")
        .containsExactly(tuple("numa", null), tuple("my-sidecar", null));
    assertThat(spec.getVolumes())
        .extracting(V1Volume::getName)
        .containsExactly("var-run-numaflow", "runtime-vol", NumaflowExamples.SOCKET_VOLUME);
    assertThat(spec.getVolumes().get(2).getEmptyDir().getMedium()).isEqualTo("Memory");
    assertThat(NumaflowExamples.udfWithUnixSocketSidecar().composition().sidecars())
        .extracting(Sidecar::name, Sidecar::owner)
        .containsExactly(tuple("my-sidecar", Owner.USER), tuple("udf", Owner.PLATFORM));
    // the one finding is the note that a native sidecar after Numaflow's init container cannot
    // serve it, which is Numaflow's own layout
    assertThat(result.report())
        .hasExactly("INFO RT_SIDECAR_ORDERING spec.initContainers[1].restartPolicy");
    assertThat(result.report().isValid()).isTrue();
  }

  @Test
  void sinkVertexTakesASidecar() {
    CompositionValidator.Result result = NumaflowExamples.sinkWithSidecar().run();

    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/numaflow-sink.yaml"),
        PodSpecWriter.toYaml(result.spec()));
    assertThat(result.spec().getInitContainers())
        .extracting(V1Container::getName)
        .containsExactly("init", "udsink");
    assertThat(result.spec().getContainers())
        .extracting(V1Container::getName)
        .containsExactly("numa", "spool-watcher");
    assertThat(result.report())
        .hasExactly("INFO RT_SIDECAR_ORDERING spec.initContainers[1].restartPolicy");
  }

  @Test
  void sourceVertexRefusesItsSidecarSayingWhyAndWhatToDo() {
    CompositionValidator.Result result = NumaflowExamples.sourceWithSidecarRefused().run();

    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/numaflow-source.yaml"),
        PodSpecWriter.toYaml(result.spec()));
    assertThat(result.report())
        .as("Numaflow's own udsource is not refused")
        .hasExactly(
            "ERROR KIND_SIDECARS_NOT_ALLOWED sidecars[0]",
            "INFO RT_SIDECAR_ORDERING spec.initContainers[1].restartPolicy");
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

  @Test
  void theDefaultBaseSpecDeclaresNumaflowsContainersPlatformOwned() {
    BaseSpec base = NumaflowBaseSpec.defaultFor(NumaflowKinds.UDF);

    assertThat(base.spec().getInitContainers())
        .extracting(V1Container::getName)
        .containsExactly("init");
    assertThat(base.spec().getContainers())
        .extracting(V1Container::getName)
        .containsExactly("numa");
    assertThat(base.ownerOf(NumaflowBaseSpec.INIT)).isEqualTo(Owner.PLATFORM);
    assertThat(base.ownerOf(NumaflowBaseSpec.NUMA)).isEqualTo(Owner.PLATFORM);
    assertThat(base.ownerOf("a-container-a-host-adds")).isEqualTo(Owner.PLATFORM);
  }
}
