package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.VolumeMount;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Owner, mode, placement, injections, precedence and derived defaults in the declaration format.
 */
class DeclarationCompositionPartsTest {

  private static Composition read(String yaml) {
    return DeclarationReader.standard().read(yaml, "d.yaml").composition();
  }

  private static DeclarationReadException failure(String yaml) {
    try {
      read(yaml);
    } catch (DeclarationReadException e) {
      return e;
    }
    throw new AssertionError("expected a DeclarationReadException");
  }

  @Test
  void ownerModePlacementInjectionsAndDerivedDefaultsReadIntoTheModel() {
    Composition composition =
        read(
            """
            mainContainer: {name: app, image: "app:1", owner: platform}
            initContainers:
              - {name: setup, image: "busybox:1.36", owner: team-a}
            sidecars:
              - name: proxy
                image: "envoy:1"
                owner: mesh
                mode: native
                placement: beforeHostInitContainers
              - {name: logs, image: "fluent-bit:3", mode: classic, placement: firstContainer}
            resourceDefaults:
              requests: {cpu: 100m, memory: 128Mi}
              limitFactor: 2
              precedence: keepExisting
            injections:
              - into: {allAppContainers: true}
                env: {DAPR_HTTP_PORT: "3500"}
                envFrom: [{configMapRef: {name: dapr-env}}]
                volumeMounts: [{name: socket, mountPath: /tmp/dapr-sockets}]
                resourceDefaults: {requests: {cpu: 50m}}
                precedence: keepExisting
              - into: {names: [worker, algorunner]}
                env: [{name: A, value: b}]
              - into: {owner: user}
                precedence: override
            """);

    assertThat(composition.mainContainer())
        .isEqualTo(ContainerSpec.builder("app").image("app:1").owner(Owner.PLATFORM).build());
    assertThat(composition.initContainers())
        .containsExactly(
            new InitContainer(
                ContainerSpec.builder("setup")
                    .image("busybox:1.36")
                    .owner(Owner.of("team-a"))
                    .build()));
    assertThat(composition.sidecars())
        .containsExactly(
            Sidecar.builder("proxy")
                .image("envoy:1")
                .owner(Owner.of("mesh"))
                .mode(SidecarMode.NATIVE)
                .placement(Placement.BEFORE_HOST_INIT_CONTAINERS)
                .build(),
            Sidecar.builder("logs")
                .image("fluent-bit:3")
                .mode(SidecarMode.CLASSIC)
                .placement(Placement.FIRST_CONTAINER)
                .build());
    assertThat(composition.sidecars().get(1).owner()).isEqualTo(Owner.USER);
    assertThat(composition.resourceDefaults())
        .isEqualTo(
            ResourceDefaults.derived(
                Resources.builder().requestCpu("100m").requestMemory("128Mi").build(), 2));
    assertThat(composition.resourceDefaults().limitFactors())
        .isEqualTo(Map.of("cpu", new BigDecimal("2"), "memory", new BigDecimal("2")));
    assertThat(composition.injections())
        .containsExactly(
            Injection.into(ContainerSelector.allAppContainers())
                .env(EnvVar.of("DAPR_HTTP_PORT", "3500"))
                .envFrom(EnvFrom.configMap("dapr-env"))
                .volumeMount(VolumeMount.of("socket", "/tmp/dapr-sockets"))
                .resourceDefaults(Resources.builder().requestCpu("50m").build())
                .precedence(Precedence.KEEP_EXISTING)
                .build(),
            Injection.into(ContainerSelector.named("worker", "algorunner"))
                .env(EnvVar.of("A", "b"))
                .build(),
            Injection.into(ContainerSelector.ownedBy(Owner.USER))
                .precedence(Precedence.OVERRIDE)
                .build());
  }

  @Test
  void perResourceFactorsAndFixedPolicies() {
    Composition composition =
        read(
            """
            resourceDefaults:
              requests: {cpu: 100m, memory: 128Mi}
              limits: {memory: 1Gi}
              limitFactors: {cpu: 1.5}
              precedence: override
            """);
    assertThat(composition.resourceDefaults())
        .isEqualTo(
            new ResourceDefaults(
                Resources.builder()
                    .requestCpu("100m")
                    .requestMemory("128Mi")
                    .limitMemory("1Gi")
                    .build(),
                Map.of("cpu", new BigDecimal("1.5")),
                Precedence.OVERRIDE));
  }

  @Test
  void badPartsFailWithLineAndColumn() {
    DeclarationReadException mode =
        failure(
            """
            sidecars:
              - {name: s, image: "a:1", mode: sideways}
            """);
    assertThat(mode.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(mode.path()).isEqualTo("sidecars[0].mode");
    assertThat(mode.line()).isEqualTo(2);
    assertThat(mode.column()).isEqualTo(35);
    assertThat(mode.detail()).contains("expected one of native, classic");

    DeclarationReadException misfit =
        failure(
            """
            sidecars:
              - name: s
                image: "a:1"
                mode: classic
                placement: afterCompositionInitContainers
            """);
    assertThat(misfit.path()).isEqualTo("sidecars[0].placement");
    assertThat(misfit.line()).isEqualTo(5);
    assertThat(misfit.detail()).contains("does not fit a CLASSIC sidecar");

    DeclarationReadException target =
        failure(
            """
            injections:
              - into: {names: [a], owner: user}
            """);
    assertThat(target.path()).isEqualTo("injections[0].into");
    assertThat(target.line()).isEqualTo(2);
    assertThat(target.detail()).contains("found names and owner");

    DeclarationReadException factor =
        failure(
            """
            resourceDefaults:
              requests: {cpu: 100m}
              limitFactor: -2
            """);
    assertThat(factor.path()).isEqualTo("resourceDefaults.limitFactor");
    assertThat(factor.line()).isEqualTo(3);
    assertThat(factor.column()).isEqualTo(16);

    DeclarationReadException typo =
        failure(
            """
            injections:
              - into: {allAppContainers: true}
                precedance: override
            """);
    assertThat(typo.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(typo.path()).isEqualTo("injections[0].precedance");
    assertThat(typo.suggestions()).containsExactly("precedence");

    assertThatThrownBy(
            () ->
                read(
                    """
                    sidecarResourceDefaults: {requests: {cpu: 1m}}
                    resourceDefaults: {requests: {cpu: 1m}}
                    """))
        .isInstanceOf(DeclarationReadException.class)
        .hasMessageContaining("not both");
  }
}
