package dev.podwright.examples.numaflow;

import static dev.podwright.examples.PlatformFiles.NATIVE;
import static dev.podwright.examples.PlatformFiles.SEEDS;
import static dev.podwright.examples.PlatformFiles.golden;
import static dev.podwright.examples.PlatformFiles.slots;
import static dev.podwright.examples.PlatformFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.emit.BaseSpec;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.io.declaration.NamedComposition;
import dev.podwright.model.Composition;
import dev.podwright.model.Owner;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Numaflow pipelines, read and emitted over Numaflow's base spec, asserted as whole specs. */
class NumaflowPipelineReaderTest {

  private static Map<String, Composition> layout() {
    Map<String, Composition> byName = new LinkedHashMap<>();
    for (NamedComposition vertex :
        new NumaflowPipelineReader().read(SEEDS.resolve("numaflow/layout.yaml"))) {
      byName.put(vertex.name(), vertex.composition());
    }
    return byName;
  }

  private static V1PodSpec numaflow(Composition vertex) {
    return NATIVE.emission(vertex, NumaflowBaseSpec.defaultFor(vertex.kind())).spec();
  }

  @Test
  void numaflowMapUdfVertexIsLaidOutAsNumaflowsControllerLaysItOut() throws IOException {
    Composition cat = layout().get("cat");

    assertThat(cat.kind()).isEqualTo(NumaflowKinds.UDF);
    assertThat(cat.mainContainer()).as("numa, from the base spec, is the main container").isNull();
    assertThat(slots(cat))
        .isEqualTo(
            "socket-server:user:CLASSIC:LAST_CONTAINER,"
                + " udf:platform:NATIVE:AFTER_COMPOSITION_INIT_CONTAINERS");
    V1PodSpec spec = numaflow(cat);
    assertThat(spec.getInitContainers())
        .extracting(V1Container::getName)
        .containsExactly("init", "fetch-model", "udf");
    assertThat(spec.getContainers())
        .extracting(V1Container::getName)
        .containsExactly("numa", "socket-server");
    assertThat(PodSpecWriter.toYaml(spec)).isEqualTo(golden("numaflow-map-udf"));
  }

  @Test
  void numaflowSinkVertexRunsUdsinkNativeAndItsSidecarClassicAfterNuma() throws IOException {
    Composition out = layout().get("out");

    assertThat(out.kind()).isEqualTo(NumaflowKinds.SINK);
    assertThat(slots(out))
        .isEqualTo(
            "metrics:user:CLASSIC:LAST_CONTAINER,"
                + " udsink:platform:NATIVE:AFTER_COMPOSITION_INIT_CONTAINERS");
    assertThat(PodSpecWriter.toYaml(numaflow(out))).isEqualTo(golden("numaflow-sink"));
  }

  @Test
  void numaflowSourceVertexRunsTransformerThenUdsourceAsPlatformNativeSidecars()
      throws IOException {
    Composition in = layout().get("in");

    assertThat(in.kind()).isEqualTo(NumaflowKinds.SOURCE);
    assertThat(slots(in))
        .isEqualTo(
            "transformer:platform:NATIVE:AFTER_COMPOSITION_INIT_CONTAINERS,"
                + " udsource:platform:NATIVE:AFTER_COMPOSITION_INIT_CONTAINERS");
    assertThat(PodSpecWriter.toYaml(numaflow(in))).isEqualTo(golden("numaflow-source"));
  }

  @Test
  void numaflowBaseSpecIsADocumentedDefaultAHostCanReplace() {
    Composition cat = layout().get("cat");
    V1PodSpec own = NumaflowBaseSpec.podSpec(NumaflowKinds.UDF, "example.com/numaflow:v1.5.0");
    own.getContainers().get(0).setImagePullPolicy("IfNotPresent");

    V1PodSpec spec = NATIVE.emission(cat, BaseSpec.of(own)).spec();

    assertThat(spec.getContainers().get(0).getImage()).isEqualTo("example.com/numaflow:v1.5.0");
    assertThat(spec.getContainers().get(0).getImagePullPolicy()).isEqualTo("IfNotPresent");
    assertThat(spec.getInitContainers().get(0).getImage()).isEqualTo("example.com/numaflow:v1.5.0");
    assertThat(BaseSpec.of(own).ownerOf(NumaflowBaseSpec.NUMA)).isEqualTo(Owner.PLATFORM);
    assertThat(NumaflowBaseSpec.defaultFor(NumaflowKinds.SOURCE).spec().getContainers().get(0))
        .extracting(V1Container::getArgs)
        .isEqualTo(List.of("processor", "--type=Source", "--isbsvc-type=jetstream"));
    assertThatThrownBy(() -> NumaflowBaseSpec.defaultFor(WorkloadKind.JOB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a Numaflow vertex kind: job; use one of NumaflowKinds");
    assertThatThrownBy(() -> NumaflowBaseSpec.defaultFor(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NumaflowBaseSpec.defaultFor(NumaflowKinds.UDF, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numaflowUserSidecarsKeepTheirFieldsAndSourceWithBuiltInGeneratorHasOnlyTheUserSidecar() {
    List<NamedComposition> vertices =
        new NumaflowPipelineReader().read(SEEDS.resolve("numaflow/three-vertices.yaml"));

    assertThat(vertices).extracting(NamedComposition::name).containsExactly("in", "cat", "out");
    assertThat(vertices)
        .extracting(v -> v.composition().kind())
        .containsExactly(NumaflowKinds.SOURCE, NumaflowKinds.UDF, NumaflowKinds.SINK);
    Composition source = vertices.get(0).composition();
    assertThat(slots(source)).isEqualTo("not-allowed-here:user:CLASSIC:LAST_CONTAINER");
    assertThat(source.kind().allowsSidecars()).isFalse();

    String command = "echo \"my-sidecar is running!\" && tail -f /dev/null";
    Composition udf =
        new NumaflowPipelineReader()
            .read(SEEDS.resolve("numaflow/udf-sidecar.yaml"))
            .get(0)
            .composition();
    V1PodSpec spec = numaflow(udf);
    assertThat(tree(spec.getContainers().get(1)))
        .isEqualTo(
            tree(
                new V1Container()
                    .name("my-sidecar")
                    .image("busybox:latest")
                    .command(List.of("/bin/sh", "-c", command))));
    V1Container ud = spec.getInitContainers().get(1);
    assertThat(ud.getName()).isEqualTo("udf");
    assertThat(ud.getImage()).isEqualTo("my-function:latest");
    assertThat(ud.getRestartPolicy()).isEqualTo("Always");
  }

  @Test
  void numaflowUdfAndSidecarShareTheVertexVolumeOverAUnixSocket() {
    Composition composition =
        new NumaflowPipelineReader()
            .read(SEEDS.resolve("numaflow/udf-socket-volume.yaml"))
            .get(0)
            .composition();

    V1PodSpec spec = numaflow(composition);
    assertThat(spec.getVolumes())
        .extracting(V1Volume::getName)
        .containsExactly("var-run-numaflow", "runtime-vol", "my-udf-volume");
    assertThat(spec.getVolumes().get(2).getEmptyDir())
        .isEqualTo(new V1EmptyDirVolumeSource().medium("Memory"));
    assertThat(spec.getInitContainers().get(1).getVolumeMounts())
        .extracting(m -> m.getName() + ":" + m.getMountPath())
        .containsExactly(
            "var-run-numaflow:/var/run/numaflow",
            "runtime-vol:/var/numaflow/runtime",
            "my-udf-volume:/path/to/my-udf-mount-path");
    assertThat(spec.getContainers().get(1).getVolumeMounts())
        .extracting(m -> m.getName() + ":" + m.getMountPath())
        .containsExactly("my-udf-volume:/path/to/my-sidecar-mount-path");
  }

  @Test
  void numaflowVertexWithTwoRolesOrAMisspeltSidecarsFieldFailsWithPosition() {
    String twoRoles =
        """
        kind: Pipeline
        spec:
          vertices:
            - name: both
              udf: {container: {image: a}}
              sink: {log: {}}
        """;
    assertThatThrownBy(() -> new NumaflowPipelineReader().read(twoRoles, "p.yaml"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
              assertThat(e.path()).isEqualTo("spec.vertices[0]");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.detail()).contains("found udf and sink");
            });
    String typo =
        """
        kind: Pipeline
        spec:
          vertices:
            - name: cat
              udf: {container: {image: a}}
              sidecar:
                - {name: s, image: b}
        """;
    assertThatThrownBy(() -> new NumaflowPipelineReader().read(typo, "p.yaml"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
              assertThat(e.path()).isEqualTo("spec.vertices[0].sidecar");
              assertThat(e.line()).isEqualTo(6);
              assertThat(e.column()).isEqualTo(7);
              assertThat(e.suggestions()).containsExactly("sidecars");
            });
  }
}
