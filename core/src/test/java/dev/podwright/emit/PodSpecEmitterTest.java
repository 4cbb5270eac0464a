package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.ModelCopies;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvVar;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Precedence;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1NFSVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodSpecEmitterTest {

  private static Composition logShipping() {
    return Composition.builder()
        .mainContainer(ContainerSpec.builder("app").image("nginx:1.27").build())
        .volume(Volume.emptyDir("logs").sizeLimit("64Mi"))
        .initContainer(InitContainer.builder("init").image("busybox:1.36").build())
        .sidecar(
            Sidecar.builder("shipper")
                .image("fluent/fluent-bit:3.1")
                .env("LEVEL", "info")
                .env(EnvVar.fromSecret("TOKEN", "creds", "token"))
                .volumeMount("logs", "/logs")
                .startupProbe(Probe.httpGet("/ready", 2020))
                .build())
        .build();
  }

  private static V1PodSpec hostBase() {
    V1PodSpec base = new V1PodSpec();
    base.setContainers(
        new ArrayList<>(
            List.of(
                new V1Container()
                    .name("app")
                    .image("nginx:1.27")
                    .env(new ArrayList<>(List.of(new V1EnvVar().name("HOST").value("1")))))));
    base.setInitContainers(
        new ArrayList<>(List.of(new V1Container().name("host-setup").image("busybox:1.36"))));
    base.setVolumes(
        new ArrayList<>(
            List.of(
                new V1Volume()
                    .name("host-data")
                    .hostPath(new V1HostPathVolumeSource().path("/srv")))));
    base.setServiceAccountName("runner");
    return base;
  }

  private static List<String> names(List<V1Container> containers) {
    return containers == null ? List.of() : containers.stream().map(V1Container::getName).toList();
  }

  @Test
  void sidecarModeFollowsTheTargetVersionUnlessChosen() {
    V1PodSpec old =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().kubernetesVersion("1.28").build())
            .build()
            .emit(logShipping());
    assertThat(names(old.getContainers())).containsExactly("app", "shipper");
    assertThat(names(old.getInitContainers())).containsExactly("init");
    assertThat(old.getContainers().get(1).getRestartPolicy()).isNull();

    V1PodSpec recent =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().kubernetesVersion("v1.29.4").build())
            .build()
            .emit(logShipping());
    assertThat(names(recent.getContainers())).containsExactly("app");
    assertThat(names(recent.getInitContainers())).containsExactly("shipper", "init");
    assertThat(recent.getInitContainers().get(0).getRestartPolicy()).isEqualTo("Always");
    assertThat(recent.getInitContainers().get(1).getRestartPolicy()).isNull();

    V1PodSpec forced =
        PodSpecEmitter.builder()
            .options(
                EmitOptions.builder()
                    .kubernetesVersion("1.31")
                    .sidecarMode(SidecarMode.CLASSIC)
                    .build())
            .build()
            .emit(logShipping());
    assertThat(names(forced.getContainers())).containsExactly("app", "shipper");
  }

  @Test
  void nativeSidecarsGoAfterTheHostsInitContainersByDefaultAndBeforeWhenAsked() {
    Composition composition = logShipping().toBuilder().mainContainer((ContainerSpec) null).build();
    V1PodSpec after = PodSpecEmitter.standard().emit(composition, hostBase());
    assertThat(names(after.getInitContainers())).containsExactly("host-setup", "shipper", "init");

    V1PodSpec before =
        PodSpecEmitter.builder()
            .options(
                EmitOptions.builder()
                    .placement(SidecarPlacement.BEFORE_HOST_INIT_CONTAINERS)
                    .build())
            .build()
            .emit(composition, hostBase());
    assertThat(names(before.getInitContainers())).containsExactly("shipper", "init", "host-setup");
  }

  @Test
  void mergesTheMainContainerIntoTheBaseContainerOfTheSameName() {
    Composition composition =
        Composition.builder()
            .mainContainer(
                ContainerSpec.builder("app")
                    .env("EXTRA", "2")
                    .volumeMount("logs", "/var/log/nginx")
                    .build())
            .volume(Volume.emptyDir("logs"))
            .build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition, hostBase());

    V1Container app = spec.getContainers().get(0);
    assertThat(spec.getContainers()).hasSize(1);
    assertThat(app.getImage()).isEqualTo("nginx:1.27");
    assertThat(app.getEnv())
        .containsExactly(
            new V1EnvVar().name("HOST").value("1"), new V1EnvVar().name("EXTRA").value("2"));
    assertThat(app.getVolumeMounts())
        .containsExactly(new V1VolumeMount().name("logs").mountPath("/var/log/nginx"));
    assertThat(spec.getVolumes())
        .extracting(V1Volume::getName)
        .containsExactly("host-data", "logs");
    assertThat(spec.getServiceAccountName()).isEqualTo("runner");
  }

  @Test
  void reportsEveryCollisionWithTheBaseSpecNamingBothSides() {
    Composition composition =
        Composition.builder()
            .mainContainer(
                ContainerSpec.builder("app").image("nginx:1.28").env("HOST", "2").build())
            .sidecar(Sidecar.builder("host-setup").image("busybox:1.36").build())
            .volume(Volume.emptyDir("host-data"))
            .build();

    assertThatThrownBy(() -> PodSpecEmitter.standard().emit(composition, hostBase()))
        .isInstanceOfSatisfying(
            MergeConflictException.class,
            e ->
                assertThat(e.conflicts())
                    .extracting(MergeConflict::path)
                    .containsExactly(
                        "spec.initContainers[0].name",
                        "spec.containers[0].env[0]",
                        "spec.containers[0].image",
                        "spec.volumes[0]"))
        .hasMessageContaining("4 conflict(s)")
        .hasMessageContaining(
            "spec.containers[0].image: set to \"nginx:1.27\" and to \"nginx:1.28\"")
        .hasMessageContaining("already has a container named \"host-setup\"")
        .hasMessageContaining("already has a volume named \"host-data\"");
  }

  @Test
  void overrideLetsTheCompositionWinWholeNeverAUnionOfSources() {
    Composition composition =
        Composition.builder()
            .mainContainer(ContainerSpec.builder("app").image("nginx:1.28").build())
            .sidecar(Sidecar.builder("host-setup").image("busybox:1.37").build())
            .volume(Volume.emptyDir("host-data"))
            .build();

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().precedence(Precedence.OVERRIDE).build())
            .build()
            .emit(composition, hostBase());

    assertThat(spec.getContainers().get(0).getImage()).isEqualTo("nginx:1.28");
    assertThat(names(spec.getInitContainers())).containsExactly("host-setup");
    assertThat(spec.getInitContainers().get(0).getImage()).isEqualTo("busybox:1.37");
    V1Volume volume = spec.getVolumes().get(0);
    assertThat(volume.getEmptyDir()).isNotNull();
    assertThat(volume.getHostPath()).isNull();
  }

  @Test
  void theSameConfigMapVolumeWrittenWithEmptyOrAbsentItemsIsNotACollision() {
    V1PodSpec base = hostBase();
    base.getVolumes()
        .add(
            new V1Volume()
                .name("config")
                .configMap(
                    new io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource()
                        .name("app-config")
                        .items(new ArrayList<>())));
    Composition composition =
        Composition.builder().volume(Volume.configMap("config", "app-config")).build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition, base);

    assertThat(spec.getVolumes())
        .extracting(V1Volume::getName)
        .containsExactly("host-data", "config");
  }

  @Test
  void twoCompositionContainersWithOneNameAreLeftToValidationNotAMergeConflict() {
    Composition composition =
        Composition.builder()
            .sidecar(Sidecar.builder("twin").image("busybox:1.36").build())
            .sidecar(Sidecar.builder("twin").image("busybox:1.36").build())
            .build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition, hostBase());

    assertThat(names(spec.getInitContainers())).containsExactly("host-setup", "twin", "twin");
  }

  @Test
  void twoCompositionVolumesWithOneNameAreLeftToValidation() {
    Composition composition =
        Composition.builder()
            .volume(Volume.emptyDir("shm"))
            .volume(Volume.emptyDir("shm").inMemory())
            .build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition, hostBase());

    assertThat(spec.getVolumes())
        .extracting(V1Volume::getName)
        .containsExactly("host-data", "shm", "shm");
  }

  @Test
  void theSameVolumeInBaseAndCompositionIsNotACollision() {
    Composition composition =
        Composition.builder()
            .volume(
                new V1Volume()
                    .name("host-data")
                    .hostPath(new V1HostPathVolumeSource().path("/srv")))
            .build();
    V1PodSpec spec = PodSpecEmitter.standard().emit(composition, hostBase());
    assertThat(spec.getVolumes()).hasSize(1);
  }

  @Test
  void neverMutatesTheCompositionOrTheBaseSpec() {
    V1PodSpec base = hostBase();
    V1PodSpec baseBefore = ModelCopies.deepCopy(base);
    V1Container rawSidecar = new V1Container().name("raw").image("envoy:1.30");
    V1Container rawBefore = ModelCopies.deepCopy(rawSidecar);
    Composition composition =
        logShipping().toBuilder().mainContainer((ContainerSpec) null).sidecar(rawSidecar).build();
    Composition compositionBefore = composition.toBuilder().build();

    V1PodSpec first = PodSpecEmitter.standard().emit(composition, base);
    first.getInitContainers().get(1).setImage("changed");
    first.getContainers().get(0).getEnv().clear();
    rawSidecar.setImage("changed-by-caller");

    assertThat(base).isEqualTo(baseBefore);
    assertThat(composition).isEqualTo(compositionBefore);
    assertThat(rawBefore.getImage()).isEqualTo("envoy:1.30");
    V1PodSpec second = PodSpecEmitter.standard().emit(composition, base);
    assertThat(second.getInitContainers().get(1).getImage()).isEqualTo("fluent/fluent-bit:3.1");
    assertThat(second.getInitContainers().get(2).getImage()).isEqualTo("envoy:1.30");
    assertThat(second.getContainers().get(0).getEnv()).hasSize(1);
  }

  @Test
  void sameInputGivesEqualOutputEveryTime() {
    PodSpecEmitter emitter = PodSpecEmitter.standard();
    V1PodSpec first = emitter.emit(logShipping(), hostBase());
    for (int i = 0; i < 20; i++) {
      assertThat(emitter.emit(logShipping(), hostBase())).isEqualTo(first).isNotSameAs(first);
    }
  }

  @Test
  void unsetStaysUnset() {
    V1PodSpec spec =
        PodSpecEmitter.standard()
            .emit(
                Composition.builder()
                    .mainContainer(ContainerSpec.builder("app").image("nginx:1.27").build())
                    .build());
    assertThat(spec.getInitContainers()).isNull();
    assertThat(spec.getVolumes()).isNull();
    assertThat(spec.getTolerations()).isNull();
    assertThat(spec.getNodeSelector()).isNull();
    V1Container app = spec.getContainers().get(0);
    assertThat(app.getEnv()).isNull();
    assertThat(app.getPorts()).isNull();
    assertThat(app.getVolumeMounts()).isNull();
    assertThat(app.getResources()).isNull();
    assertThat(app.getCommand()).isNull();
  }

  @Test
  void resourceDefaultsApplyOnlyWhereUnsetKeyByKey() {
    Resources defaults =
        Resources.builder().requestCpu("100m").requestMemory("128Mi").limitMemory("256Mi").build();
    Composition composition =
        Composition.builder()
            .sidecarResourceDefaults(defaults)
            .sidecar(Sidecar.builder("bare").image("busybox:1.36").build())
            .sidecar(
                Sidecar.builder("partial")
                    .image("busybox:1.36")
                    .resources(Resources.builder().requestCpu("500m").build())
                    .build())
            .sidecar(
                Sidecar.builder("full")
                    .image("busybox:1.36")
                    .resources(
                        Resources.builder()
                            .requestCpu("1")
                            .requestMemory("1Gi")
                            .limitMemory("2Gi")
                            .build())
                    .build())
            .initContainer(InitContainer.builder("init").image("busybox:1.36").build())
            .build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition);

    assertThat(spec.getInitContainers())
        .extracting(V1Container::getName, V1Container::getResources)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "bare",
                new V1ResourceRequirements()
                    .claims(null)
                    .requests(
                        Map.of(
                            "cpu",
                            Quantity.fromString("100m"),
                            "memory",
                            Quantity.fromString("128Mi")))
                    .limits(Map.of("memory", Quantity.fromString("256Mi")))),
            org.assertj.core.groups.Tuple.tuple(
                "partial",
                new V1ResourceRequirements()
                    .claims(null)
                    .requests(
                        Map.of(
                            "cpu",
                            Quantity.fromString("500m"),
                            "memory",
                            Quantity.fromString("128Mi")))
                    .limits(Map.of("memory", Quantity.fromString("256Mi")))),
            org.assertj.core.groups.Tuple.tuple(
                "full",
                new V1ResourceRequirements()
                    .claims(null)
                    .requests(
                        Map.of(
                            "cpu", Quantity.fromString("1"), "memory", Quantity.fromString("1Gi")))
                    .limits(Map.of("memory", Quantity.fromString("2Gi")))),
            org.assertj.core.groups.Tuple.tuple("init", null));
  }

  @Test
  void resourceDefaultsRespectResourcesDeclaredOnARawSidecarAndKeepItsClaims() {
    V1Container raw =
        new V1Container()
            .name("raw")
            .image("busybox:1.36")
            .resources(
                new V1ResourceRequirements()
                    .requests(Map.of("cpu", Quantity.fromString("300m")))
                    .claims(List.of(new CoreV1ResourceClaim().name("gpu"))));
    Composition composition =
        Composition.builder()
            .sidecarResourceDefaults(
                Resources.builder().requestCpu("100m").requestMemory("128Mi").build())
            .sidecar(raw)
            .build();

    V1ResourceRequirements emitted =
        PodSpecEmitter.standard().emit(composition).getInitContainers().get(0).getResources();

    assertThat(emitted.getRequests())
        .containsEntry("cpu", Quantity.fromString("300m"))
        .containsEntry("memory", Quantity.fromString("128Mi"));
    assertThat(emitted.getClaims()).containsExactly(new CoreV1ResourceClaim().name("gpu"));
  }

  @Test
  void hostStepsRunInOrderOnImmutableDrafts() {
    EmitStep addVersionEnv =
        draft ->
            draft.mapSidecars(
                sidecar ->
                    sidecar.withSpec(
                        sidecar.spec().toBuilder().env("PLATFORM_VERSION", "7").build()));
    EmitStep addCache = draft -> draft.plusVolume(Volume.emptyDir("cache"));
    PodSpecEmitter emitter =
        PodSpecEmitter.builder().addStep(addVersionEnv).addStep(addCache).build();

    V1PodSpec spec = emitter.emit(logShipping());

    assertThat(spec.getInitContainers().get(0).getEnv())
        .extracting(V1EnvVar::getName)
        .containsExactly("LEVEL", "TOKEN", "PLATFORM_VERSION");
    assertThat(spec.getVolumes()).extracting(V1Volume::getName).containsExactly("logs", "cache");
    assertThatThrownBy(
            () -> PodSpecEmitter.builder().addStep(d -> null).build().emit(logShipping()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned no draft");
  }

  @Test
  void rawEscapeHatchesPassThroughAndModelledFieldsLayOverABase() {
    V1Volume nfs =
        new V1Volume().name("nfs").nfs(new V1NFSVolumeSource().server("nfs.local").path("/x"));
    Sidecar sidecar =
        Sidecar.builder("proxy")
            .base(new V1Container().image("envoy:1.29").stdin(true).addArgsItem("--base"))
            .image("envoy:1.30")
            .build();
    V1PodSpec spec =
        PodSpecEmitter.standard().emit(Composition.builder().volume(nfs).sidecar(sidecar).build());

    assertThat(spec.getVolumes()).containsExactly(nfs);
    V1Container proxy = spec.getInitContainers().get(0);
    assertThat(proxy.getImage()).isEqualTo("envoy:1.30");
    assertThat(proxy.getStdin()).isTrue();
    assertThat(proxy.getArgs()).containsExactly("--base");
    assertThat(proxy.getName()).isEqualTo("proxy");
  }

  @Test
  void refusesANullComposition() {
    assertThatThrownBy(() -> PodSpecEmitter.standard().emit(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a composition is required");
  }

  @Test
  void twoSidecarsOfOneNameKeepTheirOwnDeclarationPaths() {
    Composition duplicates =
        Composition.builder()
            .mainContainer(ContainerSpec.builder("app").image("example/app:1.0").build())
            .sidecar(Sidecar.builder("helper").image("busybox:1.36").build())
            .sidecar(Sidecar.builder("helper").image("busybox:1.37").build())
            .initContainer(InitContainer.builder("setup").image("busybox:1.36").build())
            .initContainer(InitContainer.builder("setup").image("busybox:1.37").build())
            .build();

    Provenance provenance =
        PodSpecEmitter.standard().emission(duplicates, BaseSpec.empty()).provenance();

    assertThat(provenance.declarationPathOf("spec.initContainers[0].image"))
        .contains("sidecars[0].image");
    assertThat(provenance.declarationPathOf("spec.initContainers[1].image"))
        .contains("sidecars[1].image");
    assertThat(provenance.declarationPathOf("spec.initContainers[2].image"))
        .contains("initContainers[0].image");
    assertThat(provenance.declarationPathOf("spec.initContainers[3].image"))
        .contains("initContainers[1].image");
  }

  @Test
  void optionsToBuilderKeepsWhatIsNotChanged() {
    EmitOptions options =
        EmitOptions.builder()
            .kubernetesVersion("1.28")
            .placement(SidecarPlacement.BEFORE_HOST_INIT_CONTAINERS)
            .precedence(Precedence.OVERRIDE)
            .build();

    assertThat(options.toBuilder().build()).isEqualTo(options);
    assertThat(options.toBuilder().sidecarMode(SidecarMode.NATIVE).build())
        .isEqualTo(
            new EmitOptions(
                SidecarMode.NATIVE,
                options.kubernetesVersion(),
                SidecarPlacement.BEFORE_HOST_INIT_CONTAINERS,
                Precedence.OVERRIDE));
  }
}
