package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Composition;
import dev.podwright.model.Sidecar;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Provenance is rendered on first use from facts kept at emission: what it says is what was
 * emitted, whatever the caller does to the spec afterwards.
 */
class ProvenanceSnapshotTest {

  private static Emission emission() {
    V1PodSpec base = new V1PodSpec();
    base.setContainers(
        new ArrayList<>(
            List.of(
                new V1Container()
                    .name("app")
                    .image("app:1")
                    .env(new ArrayList<>(List.of(new V1EnvVar().name("FROM_BASE").value("1")))))));
    Composition composition =
        Composition.builder()
            .sidecar(
                Sidecar.builder("proxy")
                    .image("proxy:1")
                    .env("MODE", "sidecar")
                    .volumeMount("data", "/data")
                    .build())
            .build();
    return PodSpecEmitter.standard().emission(composition, BaseSpec.of(base));
  }

  @Test
  void changingTheEmittedSpecAfterwardsDoesNotChangeTheProvenance() {
    Emission untouched = emission();
    String expected = untouched.provenance().render();

    Emission changed = emission();
    V1PodSpec spec = changed.spec();
    spec.getInitContainers().get(0).getEnv().add(new V1EnvVar().name("LATER").value("x"));
    spec.getContainers().get(0).setName("renamed");
    spec.getContainers().get(0).getEnv().clear();

    assertThat(changed.provenance().render()).isEqualTo(expected);
    assertThat(changed.provenance()).isEqualTo(untouched.provenance());
    assertThat(changed.provenance().origins())
        .extracting(Origin::path)
        .doesNotContain("spec.initContainers[0].env[1]");
  }

  @Test
  void originsNameEveryEmittedContainerEnvVarAndMount() {
    Provenance provenance = emission().provenance();

    assertThat(provenance.origins())
        .extracting(Origin::toString)
        .containsExactly(
            "spec.initContainers[0] <- DECLARATION sidecars[0] (user)",
            "spec.initContainers[0].env[0] <- DECLARATION sidecars[0].env[0] (user)",
            "spec.initContainers[0].volumeMounts[0] <- DECLARATION sidecars[0].volumeMounts[0]"
                + " (user)",
            "spec.containers[0] <- BASE_SPEC (platform)",
            "spec.containers[0].env[0] <- BASE_SPEC (platform)");
    assertThat(provenance.declarationPathOf("spec.initContainers[0].image"))
        .contains("sidecars[0].image");
  }
}
