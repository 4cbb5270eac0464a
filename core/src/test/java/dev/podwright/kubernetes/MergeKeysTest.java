package dev.podwright.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MergeKeysTest {

  @Test
  void everyKeyNamesAListFieldAndElementFieldsThatExist() {
    List<String> described = new ArrayList<>();
    for (MergeKey key : MergeKeys.all()) {
      ModelField list = KubernetesModels.field(key.owner(), key.field()).orElseThrow();
      assertThat(list.type()).isEqualTo(List.class);
      Class<?> element =
          (Class<?>) ((ParameterizedType) list.genericType()).getActualTypeArguments()[0];
      for (String keyField : key.keyFields()) {
        assertThat(KubernetesModels.field(element, keyField)).as(key + " " + keyField).isPresent();
      }
      described.add(key.owner().getSimpleName() + "." + key.describe());
    }
    assertThat(described)
        .containsExactly(
            "V1Container.env by name",
            "V1Container.ports by containerPort and protocol (protocol TCP when unset)",
            "V1Container.volumeDevices by devicePath",
            "V1Container.volumeMounts by mountPath",
            "V1EphemeralContainer.env by name",
            "V1EphemeralContainer.ports by containerPort and protocol (protocol TCP when unset)",
            "V1EphemeralContainer.volumeDevices by devicePath",
            "V1EphemeralContainer.volumeMounts by mountPath",
            "V1PodSpec.containers by name",
            "V1PodSpec.ephemeralContainers by name",
            "V1PodSpec.hostAliases by ip",
            "V1PodSpec.imagePullSecrets by name",
            "V1PodSpec.initContainers by name",
            "V1PodSpec.resourceClaims by name",
            "V1PodSpec.schedulingGates by name",
            "V1PodSpec.topologySpreadConstraints by topologyKey and whenUnsatisfiable",
            "V1PodSpec.volumes by name",
            "V1ResourceRequirements.claims by name");
  }

  @Test
  void keysOfElements() {
    MergeKey ports = MergeKeys.of(V1Container.class, "ports").orElseThrow();
    MergeKey env = MergeKeys.of(V1Container.class, "env").orElseThrow();
    MergeKey spread = MergeKeys.of(V1PodSpec.class, "topologySpreadConstraints").orElseThrow();

    assertThat(ports.keyOf(new V1ContainerPort().containerPort(80)))
        .isEqualTo(ports.keyOf(new V1ContainerPort().containerPort(80).protocol("TCP")))
        .isNotEqualTo(ports.keyOf(new V1ContainerPort().containerPort(80).protocol("UDP")))
        .contains(List.of(80, "TCP"));
    assertThat(ports.keyOf(new V1ContainerPort().name("no-port"))).isEmpty();
    assertThat(env.keyOf(new V1EnvVar().name("A").value("1"))).contains("A");
    assertThat(env.keyOf(new V1EnvVar().value("1"))).isEmpty();
    assertThat(env.keyOf(null)).isEmpty();
    assertThat(env.keyOf("not a model")).isEmpty();
    assertThat(spread.keyOf(new V1TopologySpreadConstraint().topologyKey("zone"))).isEmpty();
    assertThat(MergeKeys.of(V1Container.class, "command")).isEmpty();
    assertThat(MergeKeys.of(V1EphemeralContainer.class, "volumeMounts")).isPresent();
    assertThat(MergeKeys.of(String.class, "env")).isEqualTo(Optional.empty());
  }

  @Test
  void atomicFieldsAndTypes() {
    assertThat(MergeKeys.isAtomic(V1Container.class, "command")).isTrue();
    assertThat(MergeKeys.isAtomic(V1Container.class, "envFrom")).isTrue();
    assertThat(MergeKeys.isAtomic(V1Container.class, "resizePolicy")).isTrue();
    assertThat(MergeKeys.isAtomic(V1Container.class, "livenessProbe")).isTrue();
    assertThat(MergeKeys.isAtomic(V1Container.class, "lifecycle")).isTrue();
    assertThat(MergeKeys.isAtomic(V1PodSpec.class, "nodeSelector")).isTrue();
    assertThat(MergeKeys.isAtomic(V1PodSpec.class, "tolerations")).isTrue();
    assertThat(MergeKeys.isAtomic(V1PodSpec.class, "volumes")).isFalse();
    assertThat(MergeKeys.isAtomic(V1Container.class, "env")).isFalse();
    assertThat(MergeKeys.isAtomic(V1Container.class, "resources")).isFalse();
    assertThat(MergeKeys.isAtomic(V1Container.class, "securityContext")).isFalse();
    assertThat(MergeKeys.isAtomic(V1SecurityContext.class, "seccompProfile")).isTrue();
    assertThat(MergeKeys.isAtomic(V1Container.class, "noSuchField")).isFalse();
    assertThat(MergeKeys.isAtomicType(V1Probe.class)).isTrue();
    assertThat(MergeKeys.isAtomicType(V1Container.class)).isFalse();
  }
}
