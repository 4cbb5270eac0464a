package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.ManifestReader;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.kubernetes.CanonicalForm;
import dev.podwright.model.Composition;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Raw V1 objects with empty lists and maps emit a spec equal to the same spec read back. */
class UnsetStaysUnsetTest {

  @Test
  void anEmittedSpecEqualsItselfReadBackFromYaml() {
    V1Container raw =
        new V1Container()
            .name("raw")
            .image("busybox:1.36")
            .resources(
                new V1ResourceRequirements()
                    .claims(new ArrayList<>())
                    .limits(new HashMap<>())
                    .requests(Map.of("cpu", Quantity.fromString("0.5"))))
            .securityContext(
                new V1SecurityContext().capabilities(new V1Capabilities().add(new ArrayList<>())));
    V1PodSpec base = new V1PodSpec();
    base.setContainers(new ArrayList<>(List.of(new V1Container().name("app").image("app:1"))));
    base.setTolerations(new ArrayList<>());
    Composition composition =
        Composition.builder()
            .sidecar(Sidecar.of(raw))
            .volume(
                Volume.raw(new V1Volume().name("scratch").emptyDir(new V1EmptyDirVolumeSource())))
            .build();

    V1PodSpec emitted = PodSpecEmitter.standard().emit(composition, base);
    V1PodSpec readBack = new ManifestReader().readPodSpec(PodSpecWriter.toYaml(emitted));

    assertThat(emitted).isEqualTo(readBack);
    assertThat(emitted.getInitContainers().get(0).getResources().getClaims()).isNull();
    assertThat(emitted.getInitContainers().get(0).getResources().getLimits()).isNull();
    assertThat(emitted.getTolerations()).isNull();
    assertThat(CanonicalForm.departures(emitted)).isEmpty();
    assertThat(
            emitted
                .getInitContainers()
                .get(0)
                .getResources()
                .getRequests()
                .get("cpu")
                .toSuffixedString())
        .isEqualTo("500m");
  }

  @Test
  void aCompositionWithoutABaseEmitsACanonicalSpec() {
    Composition composition =
        Composition.builder()
            .sidecar(Sidecar.builder("proxy").image("proxy:1").build())
            .volume(Volume.emptyDir("scratch"))
            .build();

    V1PodSpec emitted = PodSpecEmitter.standard().emit(composition);

    assertThat(CanonicalForm.departures(emitted)).isEmpty();
    assertThat(emitted.getContainers()).isNull();
    assertThat(emitted.getTolerations()).isNull();
    assertThat(emitted.getNodeSelector()).isNull();
    assertThat(emitted.getInitContainers()).hasSize(1);
  }

  @Test
  void quantitiesFromTheModelAndTheBaseSpecComeOutCanonical() {
    V1PodSpec base = new V1PodSpec();
    base.setContainers(
        new ArrayList<>(
            List.of(
                new V1Container()
                    .name("app")
                    .image("app:1")
                    .resources(
                        new V1ResourceRequirements()
                            .requests(Map.of("memory", Quantity.fromString("1.5Gi")))))));
    Composition composition =
        Composition.builder()
            .sidecar(
                Sidecar.builder("proxy")
                    .image("proxy:1")
                    .resources(
                        new dev.podwright.model.Resources(
                            Map.of(
                                "cpu",
                                new Quantity(new BigDecimal("0.25"), Quantity.Format.BINARY_SI)),
                            Map.of("memory", Quantity.fromString("1000Ki"))))
                    .build())
            .volume(
                new Volume.EmptyDir(
                    "cache", dev.podwright.model.Medium.MEMORY, Quantity.fromString("0.5Gi")))
            .build();

    V1PodSpec emitted = PodSpecEmitter.standard().emit(composition, base);

    assertThat(CanonicalForm.departures(emitted)).isEmpty();
    assertThat(
            emitted
                .getContainers()
                .get(0)
                .getResources()
                .getRequests()
                .get("memory")
                .toSuffixedString())
        .isEqualTo("1536Mi");
    assertThat(emitted.getVolumes().get(0).getEmptyDir().getSizeLimit().toSuffixedString())
        .isEqualTo("512Mi");
  }
}
