package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed platforms' own formats, read and emitted, asserted as whole specs. */
class PlatformReadersTest {

  private static final Path SEEDS = Path.of("src/test/resources/declarations");

  static JsonNode tree(Object model) {
    return KubernetesJackson.jsonMapper().valueToTree(model);
  }

  static Map<String, Quantity> quantities(String... keyValues) {
    Map<String, Quantity> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], Quantity.fromString(keyValues[i + 1]));
    }
    return map;
  }

  private static V1PodSpec emit(Composition composition, SidecarMode mode) {
    return PodSpecEmitter.builder()
        .options(EmitOptions.builder().sidecarMode(mode).build())
        .build()
        .emit(composition);
  }

  // ------------------------------------------------------------------ Numaflow

  @Test
  void numaflowUdfWithSidecarReadsAsUdfCompositionAndEmitsNativeSidecar() {
    List<NamedComposition> vertices =
        new NumaflowPipelineReader().read(SEEDS.resolve("numaflow/udf-sidecar.yaml"));

    assertThat(vertices).extracting(NamedComposition::name).containsExactly("my-udf");
    Composition composition = vertices.get(0).composition();
    String command = "echo \"my-sidecar is running!\" && tail -f /dev/null";
    assertThat(composition)
        .isEqualTo(
            Composition.builder()
                .kind(NumaflowKinds.UDF)
                .mainContainer(ContainerSpec.builder("udf").image("my-function:latest").build())
                .sidecar(
                    Sidecar.builder("my-sidecar")
                        .image("busybox:latest")
                        .command("/bin/sh", "-c", command)
                        .build())
                .build());

    V1PodSpec want =
        new V1PodSpec()
            .containers(List.of(new V1Container().name("udf").image("my-function:latest")))
            .initContainers(
                List.of(
                    new V1Container()
                        .name("my-sidecar")
                        .image("busybox:latest")
                        .command(List.of("/bin/sh", "-c", command))
                        .restartPolicy("Always")));
    assertThat(tree(emit(composition, SidecarMode.NATIVE))).isEqualTo(tree(want));
  }

  @Test
  void numaflowSidecarSharesInMemoryEmptyDirWithUdfOverUnixSocket() {
    List<NamedComposition> vertices =
        new NumaflowPipelineReader().read(SEEDS.resolve("numaflow/udf-socket-volume.yaml"));

    Composition composition = vertices.get(0).composition();
    assertThat(vertices.get(0).name()).isEqualTo("my-udf-vertex");
    assertThat(composition.kind()).isEqualTo(NumaflowKinds.UDF);
    assertThat(composition.volumes()).containsExactly(Volume.emptyDir("my-udf-volume").inMemory());
    assertThat(composition.mainContainer().volumeMounts())
        .extracting(m -> m.name() + ":" + m.mountPath())
        .containsExactly("my-udf-volume:/path/to/my-udf-mount-path");

    String listen =
        "apk add socat && socat UNIX-LISTEN:/path/to/my-sidecar-mount-path/my.sock - && tail -f"
            + " /dev/null";
    String connect =
        "apk add socat && echo \"hello\" | socat"
            + " UNIX-CONNECT:/path/to/my-udf-mount-path/my.sock,forever - && tail -f /dev/null";
    V1PodSpec want =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("udf")
                        .image("alpine:latest")
                        .command(List.of("/bin/sh", "-c", connect))
                        .volumeMounts(
                            List.of(
                                new V1VolumeMount()
                                    .name("my-udf-volume")
                                    .mountPath("/path/to/my-udf-mount-path"))),
                    new V1Container()
                        .name("my-sidecar")
                        .image("alpine:latest")
                        .command(List.of("/bin/sh", "-c", listen))
                        .volumeMounts(
                            List.of(
                                new V1VolumeMount()
                                    .name("my-udf-volume")
                                    .mountPath("/path/to/my-sidecar-mount-path")))))
            .volumes(
                List.of(
                    new V1Volume()
                        .name("my-udf-volume")
                        .emptyDir(new V1EmptyDirVolumeSource().medium("Memory"))));
    assertThat(tree(emit(composition, SidecarMode.CLASSIC))).isEqualTo(tree(want));
  }

  @Test
  void numaflowVerticesGetTheirRoleKindsAndSourceCarriesItsSidecarsForValidation() {
    List<NamedComposition> vertices =
        new NumaflowPipelineReader().read(SEEDS.resolve("numaflow/three-vertices.yaml"));

    assertThat(vertices).extracting(NamedComposition::name).containsExactly("in", "cat", "out");
    assertThat(vertices)
        .extracting(v -> v.composition().kind())
        .containsExactly(NumaflowKinds.SOURCE, NumaflowKinds.UDF, NumaflowKinds.SINK);
    Composition source = vertices.get(0).composition();
    assertThat(source.mainContainer()).isNull();
    assertThat(source.sidecars()).extracting(Sidecar::name).containsExactly("not-allowed-here");
    assertThat(source.kind().allowsSidecars()).isFalse();
    assertThat(source.kind().restrictionReason())
        .isEqualTo("Numaflow source vertices do not support sidecars");
    assertThat(vertices.get(1).composition().mainContainer().name()).isEqualTo("udf");
    Composition sink = vertices.get(2).composition();
    assertThat(sink.mainContainer().name()).isEqualTo("udsink");
    assertThat(sink.mainContainer().image())
        .isEqualTo("quay.io/numaio/numaflow-go/sink-log:stable");
    assertThat(sink.sidecars().get(0).spec().ports())
        .extracting(p -> p.containerPort())
        .containsExactly(9102);

    V1PodSpec want =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("udsink")
                        .image("quay.io/numaio/numaflow-go/sink-log:stable")))
            .initContainers(
                List.of(
                    new V1Container()
                        .name("metrics")
                        .image("prom/statsd-exporter:v0.26.0")
                        .ports(List.of(new V1ContainerPort().containerPort(9102)))
                        .restartPolicy("Always")));
    assertThat(tree(emit(sink, SidecarMode.NATIVE))).isEqualTo(tree(want));
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

  // ------------------------------------------------------------------ HKube

  @Test
  void hkubeCompleteSidecarKeepsItsOwnResourcesAndGetsMountsAndEnvironments() {
    NamedComposition algorithm =
        new HkubeAlgorithmReader().read(SEEDS.resolve("hkube/complete-sidecar.json"));

    assertThat(algorithm.name()).isEqualTo("algo-with-car");
    Composition composition = algorithm.composition();
    assertThat(composition.sidecarResourceDefaults())
        .isEqualTo(Resources.builder().requestCpu("100m").requestMemory("128Mi").build());
    assertThat(composition.mainContainer())
        .isEqualTo(
            ContainerSpec.builder("algorunner")
                .image("docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne")
                .build());

    V1PodSpec want =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("algorunner")
                        .image("docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne"),
                    new V1Container()
                        .name("mycar")
                        .image("httpd")
                        .env(List.of(new V1EnvVar().name("env1").value("val1")))
                        .volumeMounts(
                            List.of(
                                new V1VolumeMount().name("shared-volume").mountPath("/shared-dir")))
                        .resources(
                            new V1ResourceRequirements()
                                .requests(quantities("cpu", "500m", "memory", "256Mi"))
                                .limits(quantities("cpu", "1", "memory", "512Mi")))))
            .volumes(
                List.of(
                    new V1Volume().name("shared-volume").emptyDir(new V1EmptyDirVolumeSource())));
    assertThat(tree(emit(composition, SidecarMode.CLASSIC))).isEqualTo(tree(want));
  }

  @Test
  void hkubeAlgorithmLevelVolumeMountsGoOnTheAlgorunner() {
    Composition composition =
        new HkubeAlgorithmReader().read(SEEDS.resolve("hkube/volume-mounts.json")).composition();

    V1ResourceRequirements defaults =
        new V1ResourceRequirements().requests(quantities("cpu", "100m", "memory", "128Mi"));
    V1VolumeMount shared = new V1VolumeMount().name("shared-volume").mountPath("/shared-dir");
    V1PodSpec want =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("algorunner")
                        .image("docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne")
                        .volumeMounts(List.of(shared))))
            .initContainers(
                List.of(
                    new V1Container()
                        .name("mycar")
                        .image("httpd")
                        .volumeMounts(List.of(shared))
                        .resources(defaults)
                        .restartPolicy("Always")))
            .volumes(
                List.of(
                    new V1Volume().name("shared-volume").emptyDir(new V1EmptyDirVolumeSource())));
    assertThat(tree(emit(composition, SidecarMode.NATIVE))).isEqualTo(tree(want));
  }

  @Test
  void hkubeMultipleSidecarsWithDefaultsKeyByKeyAndEnvironmentsInWrittenOrder() {
    Composition composition =
        new HkubeAlgorithmReader()
            .read(SEEDS.resolve("hkube/multiple-sidecars.json"))
            .composition();

    V1ResourceRequirements defaulted =
        new V1ResourceRequirements().requests(quantities("cpu", "100m", "memory", "128Mi"));
    V1PodSpec want =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container().name("algorunner").image("hkube/algo:1.0"),
                    new V1Container()
                        .name("mycar1")
                        .image("nginx")
                        .env(
                            List.of(
                                new V1EnvVar().name("env1").value("val1"),
                                new V1EnvVar().name("env0").value("val0")))
                        .resources(defaulted),
                    new V1Container()
                        .name("mycar2")
                        .image("redis")
                        .resources(
                            new V1ResourceRequirements()
                                .requests(quantities("cpu", "500m", "memory", "128Mi"))
                                .limits(quantities("cpu", "1"))),
                    new V1Container().name("mycar3").image("httpd").resources(defaulted)));
    assertThat(tree(emit(composition, SidecarMode.CLASSIC))).isEqualTo(tree(want));
  }

  @Test
  void hkubeSidecarDefaultsAreAConstructorParameter() {
    Resources mine = Resources.builder().requestCpu("50m").limitMemory("64Mi").build();
    Composition composition =
        new HkubeAlgorithmReader(mine, dev.podwright.io.ReadLimits.defaults())
            .read(SEEDS.resolve("hkube/multiple-sidecars.json"))
            .composition();
    assertThat(composition.sidecarResourceDefaults()).isEqualTo(mine);
    assertThat(
            new HkubeAlgorithmReader((Resources) null, dev.podwright.io.ReadLimits.defaults())
                .read(SEEDS.resolve("hkube/multiple-sidecars.json"))
                .composition()
                .sidecarResourceDefaults())
        .isNull();
  }

  @Test
  void hkubeLowercaseSidecarsFieldIsCaughtWithSuggestion() {
    String json =
        """
        {
          "name": "algo",
          "algorithmImage": "a:1",
          "sidecars": []
        }
        """;
    assertThatThrownBy(() -> new HkubeAlgorithmReader().read(json, "algo.json"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
              assertThat(e.path()).isEqualTo("sidecars");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.suggestions()).containsExactly("sideCars");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "algo.json:4:3: sidecars: unknown field \"sidecars\" (did you mean"
                          + " \"sideCars\"?)");
            });
  }

  // ------------------------------------------------------------------ Feldera

  @Test
  void felderaRestartPolicyAlwaysEntriesAreSidecarsOthersInitContainersAndResourcesGoToPipeline() {
    Composition composition =
        new FelderaRuntimeConfigReader().read(SEEDS.resolve("feldera/runtime-config.json"));

    assertThat(composition.sidecars()).extracting(Sidecar::name).containsExactly("example");
    assertThat(composition.initContainers())
        .extracting(InitContainer::name)
        .containsExactly("fetch-schema");
    assertThat(composition.mainContainer())
        .isEqualTo(
            ContainerSpec.builder("pipeline")
                .resources(
                    Resources.builder()
                        .requestCpu("2")
                        .limitCpu("4500m")
                        .requestMemory("1024M")
                        .limitMemory("4096M")
                        .build())
                .build());

    V1PodSpec host =
        new V1PodSpec()
            .containers(List.of(new V1Container().name("pipeline").image("feldera/pipeline:0.50")));
    V1PodSpec spec = PodSpecEmitter.standard().emit(composition, host);

    V1PodSpec want =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("pipeline")
                        .image("feldera/pipeline:0.50")
                        .resources(
                            new V1ResourceRequirements()
                                .requests(quantities("cpu", "2", "memory", "1024M"))
                                .limits(quantities("cpu", "4500m", "memory", "4096M")))))
            .initContainers(
                List.of(
                    new V1Container()
                        .name("example")
                        .image("ubuntu:24.04")
                        .restartPolicy("Always")
                        .command(List.of("bash", "-c", "echo 'Hello, world!'; sleep infinity"))
                        .resources(
                            new V1ResourceRequirements()
                                .requests(quantities("cpu", "250m", "memory", "256Mi"))
                                .limits(quantities("cpu", "500m", "memory", "512Mi"))),
                    new V1Container()
                        .name("fetch-schema")
                        .image("curlimages/curl:8.10.1")
                        .args(
                            List.of(
                                "-fsS",
                                "-o",
                                "/schema/schema.sql",
                                "http://schemas.internal/orders.sql"))));
    assertThat(tree(spec)).isEqualTo(tree(want));
  }

  @Test
  void felderaWithoutResourcesHasNoMainContainerAndTyposAreCaught() {
    Composition composition =
        new FelderaRuntimeConfigReader().read("{\"workers\": 4, \"init_containers\": []}", null);
    assertThat(composition.mainContainer()).isNull();
    assertThat(composition.sidecars()).isEmpty();

    assertThatThrownBy(
            () ->
                new FelderaRuntimeConfigReader()
                    .read("{\"workers\": 4,\n \"init_container\": []}", "rc.json"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
              assertThat(e.path()).isEqualTo("init_container");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(2);
              assertThat(e.suggestions()).containsExactly("init_containers");
            });
    assertThatThrownBy(
            () ->
                new FelderaRuntimeConfigReader()
                    .read("{\"resources\": {\"cpu_cores_min\": \"two\"}}", "rc.json"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
              assertThat(e.path()).isEqualTo("resources.cpu_cores_min");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(33);
            });
  }
}
