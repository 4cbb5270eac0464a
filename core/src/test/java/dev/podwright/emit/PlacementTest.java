package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.model.Composition;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-sidecar mode and placement: every place, in one emission. */
class PlacementTest {

  private static V1PodSpec hostBase() {
    V1PodSpec base = new V1PodSpec();
    base.setInitContainers(new ArrayList<>(List.of(new V1Container().name("init").image("h:1"))));
    base.setContainers(new ArrayList<>(List.of(new V1Container().name("numa").image("h:1"))));
    return base;
  }

  private static Sidecar sidecar(String name, Placement placement) {
    return Sidecar.builder(name).image("s:1").placement(placement).build();
  }

  @Test
  void everyPlacementLandsWhereDocumentedInOneEmission() {
    Composition composition =
        Composition.builder()
            .sidecar(sidecar("last", Placement.LAST_CONTAINER))
            .sidecar(sidecar("after-all", Placement.AFTER_COMPOSITION_INIT_CONTAINERS))
            .sidecar(sidecar("first-init", Placement.BEFORE_HOST_INIT_CONTAINERS))
            .sidecar(sidecar("after-host", Placement.AFTER_HOST_INIT_CONTAINERS))
            .sidecar(Sidecar.builder("default-native").image("s:1").build())
            .sidecar(sidecar("first", Placement.FIRST_CONTAINER))
            .initContainer(InitContainer.builder("user-init").image("u:1").build())
            .build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition, hostBase());

    assertThat(names(spec.getInitContainers()))
        .containsExactly(
            "first-init", "init", "after-host", "default-native", "user-init", "after-all");
    assertThat(names(spec.getContainers())).containsExactly("first", "numa", "last");
    assertThat(spec.getInitContainers())
        .extracting(V1Container::getRestartPolicy)
        .containsExactly("Always", null, "Always", "Always", null, "Always");
    assertThat(spec.getContainers()).extracting(V1Container::getRestartPolicy).containsOnlyNulls();
  }

  @Test
  void theCompositionBlockCanGoBeforeTheHostInitContainers() {
    Composition composition =
        Composition.builder()
            .sidecar(sidecar("after-host", Placement.AFTER_HOST_INIT_CONTAINERS))
            .sidecar(sidecar("after-all", Placement.AFTER_COMPOSITION_INIT_CONTAINERS))
            .sidecar(sidecar("first-init", Placement.BEFORE_HOST_INIT_CONTAINERS))
            .initContainer(InitContainer.builder("user-init").image("u:1").build())
            .build();
    PodSpecEmitter emitter =
        PodSpecEmitter.builder()
            .options(
                EmitOptions.builder()
                    .placement(SidecarPlacement.BEFORE_HOST_INIT_CONTAINERS)
                    .build())
            .build();

    V1PodSpec spec = emitter.emit(composition, hostBase());

    assertThat(names(spec.getInitContainers()))
        .containsExactly("first-init", "user-init", "after-all", "init", "after-host");
  }

  @Test
  void numaflowsLayoutIsOneEmission() {
    Composition composition =
        Composition.builder()
            .sidecar(
                Sidecar.builder("udf")
                    .image("my-udf:1")
                    .owner(Owner.PLATFORM)
                    .mode(SidecarMode.NATIVE)
                    .placement(Placement.AFTER_COMPOSITION_INIT_CONTAINERS)
                    .build())
            .sidecar(
                Sidecar.builder("my-sidecar")
                    .image("alpine:3.20")
                    .mode(SidecarMode.CLASSIC)
                    .build())
            .initContainer(InitContainer.builder("my-init").image("busybox:1.36").build())
            .build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition, hostBase());

    assertThat(PodSpecWriter.toYaml(spec))
        .isEqualTo(
            """
            containers:
            - name: numa
              image: h:1
            - name: my-sidecar
              image: alpine:3.20
            initContainers:
            - name: init
              image: h:1
            - name: my-init
              image: busybox:1.36
            - name: udf
              image: my-udf:1
              restartPolicy: Always
            """);
  }

  @Test
  void istiosProxyGoesFirstAmongInitContainers() {
    V1PodSpec base = hostBase();
    Composition composition =
        Composition.builder()
            .initContainer(InitContainer.builder("istio-init").image("proxyv2:1.24").build())
            .sidecar(
                Sidecar.builder("istio-proxy")
                    .image("proxyv2:1.24")
                    .owner(Owner.of("mesh"))
                    .placement(Placement.BEFORE_HOST_INIT_CONTAINERS)
                    .build())
            .build();

    Emission emission = PodSpecEmitter.standard().emission(composition, BaseSpec.of(base));

    assertThat(names(emission.spec().getInitContainers()))
        .containsExactly("istio-proxy", "init", "istio-init");
    assertThat(emission.provenance().ownerOf("spec.initContainers[0].image"))
        .contains(Owner.of("mesh"));
  }

  @Test
  void aClassicSidecarInAnEmitterOfNativeModeStaysClassic() {
    Composition composition =
        Composition.builder()
            .sidecar(Sidecar.builder("classic").image("s:1").mode(SidecarMode.CLASSIC).build())
            .sidecar(Sidecar.builder("native").image("s:1").build())
            .build();

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().sidecarMode(SidecarMode.NATIVE).build())
            .build()
            .emit(composition);

    assertThat(names(spec.getContainers())).containsExactly("classic");
    assertThat(names(spec.getInitContainers())).containsExactly("native");
  }

  @Test
  void aPlacementImpliesTheModeWhenNoneIsSet() {
    Sidecar placedFirst = sidecar("x", Placement.FIRST_CONTAINER);
    Sidecar placedInit = sidecar("y", Placement.AFTER_HOST_INIT_CONTAINERS);

    assertThat(placedFirst.effectiveMode(SidecarMode.NATIVE)).isEqualTo(SidecarMode.CLASSIC);
    assertThat(placedInit.effectiveMode(SidecarMode.CLASSIC)).isEqualTo(SidecarMode.NATIVE);
    assertThat(Sidecar.builder("z").build().effectivePlacement(SidecarMode.CLASSIC))
        .isEqualTo(Placement.LAST_CONTAINER);
  }

  @Test
  void aPlacementThatDoesNotFitTheModeIsRefusedWithTheReason() {
    assertThatThrownBy(
            () ->
                Sidecar.builder("proxy")
                    .mode(SidecarMode.CLASSIC)
                    .placement(Placement.BEFORE_HOST_INIT_CONTAINERS)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sidecar \"proxy\": placement BEFORE_HOST_INIT_CONTAINERS does not fit a CLASSIC"
                + " sidecar (classic sidecars go among containers)");
  }

  @Test
  void aSidecarNamedLikeABaseContainerIsDecidedByThePrecedence() {
    Composition composition =
        Composition.builder().sidecar(Sidecar.builder("init").image("mine:1").build()).build();

    assertThatThrownBy(() -> PodSpecEmitter.standard().emit(composition, hostBase()))
        .isInstanceOfSatisfying(
            MergeConflictException.class,
            e ->
                assertThat(e.conflicts())
                    .extracting(MergeConflict::path)
                    .containsExactly("spec.initContainers[0].name"));

    V1PodSpec kept = emitter(Precedence.KEEP_EXISTING).emit(composition, hostBase());
    assertThat(kept.getInitContainers())
        .extracting(V1Container::getName, V1Container::getImage, V1Container::getRestartPolicy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("init", "h:1", null));

    V1PodSpec overridden = emitter(Precedence.OVERRIDE).emit(composition, hostBase());
    assertThat(overridden.getInitContainers())
        .extracting(V1Container::getName, V1Container::getImage, V1Container::getRestartPolicy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("init", "mine:1", "Always"));
  }

  private static PodSpecEmitter emitter(Precedence precedence) {
    return PodSpecEmitter.builder()
        .options(EmitOptions.builder().precedence(precedence).build())
        .build();
  }

  private static List<String> names(List<V1Container> containers) {
    List<String> names = new ArrayList<>();
    for (V1Container container : containers) {
      names.add(container.getName());
    }
    return names;
  }
}
