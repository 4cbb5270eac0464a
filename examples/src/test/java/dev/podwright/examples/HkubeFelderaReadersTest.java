package dev.podwright.examples;

import static dev.podwright.examples.PlatformFiles.NATIVE;
import static dev.podwright.examples.PlatformFiles.SEEDS;
import static dev.podwright.examples.PlatformFiles.emit;
import static dev.podwright.examples.PlatformFiles.golden;
import static dev.podwright.examples.PlatformFiles.quantities;
import static dev.podwright.examples.PlatformFiles.slots;
import static dev.podwright.examples.PlatformFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.examples.feldera.FelderaRuntimeConfigReader;
import dev.podwright.examples.hkube.HkubeAlgorithmReader;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.io.declaration.NamedComposition;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HKube's and Feldera's formats, read and emitted, asserted as whole specs. */
class HkubeFelderaReadersTest {

  // ------------------------------------------------------------------ HKube

  @Test
  void hkubeCompleteSidecarKeepsItsOwnResourcesAndGetsMountsAndEnvironments() {
    NamedComposition algorithm =
        new HkubeAlgorithmReader().read(SEEDS.resolve("hkube/complete-sidecar.json"));

    assertThat(algorithm.name()).isEqualTo("algo-with-car");
    Composition composition = algorithm.composition();
    assertThat(composition.resourceDefaults())
        .isEqualTo(HkubeAlgorithmReader.DEFAULT_SIDECAR_POLICY);
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
  void hkubeAlgorithmLevelVolumeMountsGoOnTheAlgorunnerAndSidecarsStayClassicEvenUnderNative() {
    Composition composition =
        new HkubeAlgorithmReader().read(SEEDS.resolve("hkube/volume-mounts.json")).composition();

    V1ResourceRequirements defaults =
        new V1ResourceRequirements()
            .requests(quantities("cpu", "100m", "memory", "128Mi"))
            .limits(quantities("cpu", "200m", "memory", "256Mi"));
    V1VolumeMount shared = new V1VolumeMount().name("shared-volume").mountPath("/shared-dir");
    V1PodSpec want =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("algorunner")
                        .image("docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne")
                        .volumeMounts(List.of(shared)),
                    new V1Container()
                        .name("mycar")
                        .image("httpd")
                        .volumeMounts(List.of(shared))
                        .resources(defaults)))
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
        new V1ResourceRequirements()
            .requests(quantities("cpu", "100m", "memory", "128Mi"))
            .limits(quantities("cpu", "200m", "memory", "256Mi"));
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
                                .limits(quantities("cpu", "1", "memory", "256Mi"))),
                    new V1Container().name("mycar3").image("httpd").resources(defaulted)));
    assertThat(tree(emit(composition, SidecarMode.CLASSIC))).isEqualTo(tree(want));
  }

  @Test
  void hkubeSidecarEnvironmentsBecomeValueOrValueFromAndDefaultsAreTwiceTheRequests()
      throws IOException {
    NamedComposition algorithm =
        new HkubeAlgorithmReader().read(SEEDS.resolve("hkube/sidecar-environments.json"));

    assertThat(slots(algorithm.composition())).isEqualTo("uploader:user:CLASSIC:LAST_CONTAINER");
    assertThat(PodSpecWriter.toYaml(NATIVE.emit(algorithm.composition())))
        .isEqualTo(golden("hkube-sidecar-environments"));
  }

  @Test
  void hkubeEnvironmentsOfABadShapeFailWithLineAndColumn() {
    String list =
        """
        {"name": "a", "algorithmImage": "a:1",
         "sideCars": [{"container": {"name": "c", "image": "b"},
                       "environments": {"X": [1, 2]}}]}
        """;
    assertThatThrownBy(() -> new HkubeAlgorithmReader().read(list, "algo.json"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.path()).isEqualTo("sideCars[0].environments.X");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(38);
              assertThat(e.detail()).contains("valueFrom map");
            });
    String misspelt =
        """
        {"name": "a", "algorithmImage": "a:1",
         "sideCars": [{"container": {"name": "c", "image": "b"},
                       "environments": {"S": {"secretKeyRefs": {"name": "n", "key": "k"}}}}]}
        """;
    assertThatThrownBy(() -> new HkubeAlgorithmReader().read(misspelt, "algo.json"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
              assertThat(e.path()).isEqualTo("sideCars[0].environments.S.secretKeyRefs");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.suggestions()).contains("secretKeyRef");
            });
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
