package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.PodSpecWriter;
import dev.podwright.model.Composition;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HKube's derived defaults: requests 100m / 128Mi, limits twice the requests, under the user's. */
class ResourceDefaultsPolicyTest {

  private static final ResourceDefaults HKUBE =
      ResourceDefaults.derived(
          Resources.builder().requestCpu("100m").requestMemory("128Mi").build(), 2);

  private static PodSpecEmitter classic() {
    return PodSpecEmitter.builder()
        .options(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build())
        .build();
  }

  @Test
  void derivedLimitsFollowTheEffectiveRequestKeyByKeyUnderTheUsersValues() {
    Composition composition =
        Composition.builder()
            .resourceDefaults(HKUBE)
            .sidecar(Sidecar.builder("bare").image("b:1").build())
            .sidecar(
                Sidecar.builder("own-cpu")
                    .image("b:1")
                    .resources(Resources.builder().requestCpu("0.5").limitMemory("1Gi").build())
                    .build())
            .sidecar(
                Sidecar.of(
                    new V1Container()
                        .name("raw")
                        .image("b:1")
                        .resources(
                            new V1ResourceRequirements()
                                .requests(Map.of("memory", Quantity.fromString("1Gi"))))))
            .build();

    String yaml = PodSpecWriter.toYaml(classic().emit(composition));

    assertThat(yaml)
        .isEqualTo(
            """
            containers:
            - name: bare
              image: b:1
              resources:
                limits:
                  cpu: 200m
                  memory: 256Mi
                requests:
                  cpu: 100m
                  memory: 128Mi
            - name: own-cpu
              image: b:1
              resources:
                limits:
                  cpu: "1"
                  memory: 1Gi
                requests:
                  cpu: 500m
                  memory: 128Mi
            - name: raw
              image: b:1
              resources:
                limits:
                  cpu: 200m
                  memory: 2Gi
                requests:
                  cpu: 100m
                  memory: 1Gi
            """);
  }

  @Test
  void aLimitOnlyResourceGetsNoDefaultRequest() {
    Composition composition =
        Composition.builder()
            .resourceDefaults(HKUBE)
            .sidecar(
                Sidecar.builder("capped")
                    .image("b:1")
                    .resources(Resources.builder().limitCpu("50m").build())
                    .build())
            .build();

    V1Container sidecar = classic().emit(composition).getContainers().get(0);

    assertThat(sidecar.getResources().getRequests())
        .containsOnlyKeys("memory")
        .containsEntry("memory", Quantity.fromString("128Mi"));
    assertThat(sidecar.getResources().getLimits())
        .containsEntry("cpu", Quantity.fromString("50m"))
        .containsEntry("memory", Quantity.fromString("256Mi"));
  }

  @Test
  void quantitiesAreComparedByValueAndEachPrecedenceDecides() {
    Sidecar sidecar =
        Sidecar.builder("s")
            .image("b:1")
            .resources(Resources.builder().requestCpu("0.1").requestMemory("64Mi").build())
            .build();
    ResourceDefaults fixed =
        ResourceDefaults.fixed(
            Resources.builder().requestCpu("100m").requestMemory("128Mi").build());

    Emission kept =
        classic()
            .emission(
                Composition.builder().resourceDefaults(fixed).sidecar(sidecar).build(),
                BaseSpec.empty());
    assertThat(kept.provenance().collisions())
        .containsExactly(
            new Collision(
                "spec.containers[0].resources.requests[memory]",
                "64Mi",
                "128Mi",
                Precedence.KEEP_EXISTING));
    assertThat(kept.spec().getContainers().get(0).getResources().getRequests())
        .containsEntry("memory", Quantity.fromString("64Mi"));

    V1Container overridden =
        classic()
            .emit(
                Composition.builder()
                    .resourceDefaults(fixed.withPrecedence(Precedence.OVERRIDE))
                    .sidecar(sidecar)
                    .build())
            .getContainers()
            .get(0);
    assertThat(overridden.getResources().getRequests())
        .containsEntry("memory", Quantity.fromString("128Mi"));

    assertThatThrownBy(
            () ->
                classic()
                    .emit(
                        Composition.builder()
                            .resourceDefaults(fixed.withPrecedence(Precedence.FAIL))
                            .sidecar(sidecar)
                            .build()))
        .isInstanceOfSatisfying(
            MergeConflictException.class,
            e ->
                assertThat(e.conflicts())
                    .extracting(MergeConflict::path)
                    .containsExactly("spec.containers[0].resources.requests[memory]"));
  }

  @Test
  void theDefaultsPolicyIsRecordedAsTheOriginOfTheResources() {
    Emission emission =
        classic()
            .emission(
                Composition.builder()
                    .resourceDefaults(HKUBE)
                    .sidecar(Sidecar.builder("bare").image("b:1").build())
                    .build(),
                BaseSpec.empty());

    assertThat(emission.provenance().originOf("spec.containers[0].resources.limits"))
        .get()
        .extracting(Origin::source, Origin::detail)
        .containsExactly(Origin.Source.DEFAULTS_POLICY, "derived limits");
  }

  @Test
  void factorsMustBePositive() {
    assertThatThrownBy(
            () -> ResourceDefaults.derived(Resources.builder().requestCpu("1").build(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a limit factor needs a resource name and a positive factor, got cpu=0.0");
  }
}
