package dev.podwright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void buildersProduceEqualValuesForEqualInput() {
    Sidecar a = Sidecar.builder("x").image("busybox:1.36").env("A", "1").port("http", 80).build();
    Sidecar b = Sidecar.builder("x").image("busybox:1.36").env("A", "1").port("http", 80).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Sidecar.builder("x").image("busybox:1.37").build());
  }

  @Test
  void valuesAreImmutable() {
    Sidecar sidecar = Sidecar.builder("x").image("busybox:1.36").env("A", "1").build();
    assertThatThrownBy(() -> sidecar.spec().env().add(EnvVar.of("B", "2")))
        .isInstanceOf(UnsupportedOperationException.class);
    Composition composition = Composition.builder().sidecar(sidecar).build();
    assertThatThrownBy(() -> composition.sidecars().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBuilderCanBeReusedWithoutChangingWhatItBuilt() {
    Sidecar.Builder builder = Sidecar.builder("x").image("busybox:1.36").env("A", "1");
    Sidecar first = builder.build();
    builder.env("B", "2");
    assertThat(first.spec().env()).containsExactly(EnvVar.of("A", "1"));
    assertThat(builder.build().spec().env()).hasSize(2);
  }

  @Test
  void envMapKeepsItsIterationOrderAndListsKeepDeclaredOrder() {
    Map<String, String> environments = new LinkedHashMap<>();
    environments.put("Z", "1");
    environments.put("A", "2");
    ContainerSpec spec =
        ContainerSpec.builder("main")
            .env(environments)
            .env(EnvVar.fromField("POD", "metadata.name"))
            .build();
    assertThat(spec.env()).extracting(EnvVar::name).containsExactly("Z", "A", "POD");
  }

  @Test
  void rawEscapeHatchesAreCopiedInAndOut() {
    V1Container raw = new V1Container().name("proxy").image("envoy:1.30");
    Sidecar sidecar = Sidecar.of(raw);
    raw.setImage("changed");
    assertThat(sidecar.spec().base().getImage()).isEqualTo("envoy:1.30");
    sidecar.spec().base().setImage("changed too");
    assertThat(sidecar.spec().base().getImage()).isEqualTo("envoy:1.30");
    assertThat(sidecar.name()).isEqualTo("proxy");

    V1Volume volume = new V1Volume().name("v").emptyDir(new V1EmptyDirVolumeSource());
    Volume.Raw wrapped = Volume.raw(volume);
    volume.setName("w");
    assertThat(wrapped.name()).isEqualTo("v");
    assertThat(wrapped.type()).isEqualTo(VolumeType.EMPTY_DIR);
  }

  @Test
  void resourceDefaultsFillOnlyMissingKeys() {
    Resources own = Resources.builder().requestCpu("500m").limitCpu("1").build();
    Resources defaults =
        Resources.builder().requestCpu("100m").requestMemory("128Mi").limitMemory("1Gi").build();
    Resources merged = own.withDefaults(defaults);
    assertThat(merged.requests())
        .containsExactly(
            Map.entry("cpu", Quantity.fromString("500m")),
            Map.entry("memory", Quantity.fromString("128Mi")));
    assertThat(merged.limits())
        .containsExactly(
            Map.entry("cpu", Quantity.fromString("1")),
            Map.entry("memory", Quantity.fromString("1Gi")));
    assertThat(own.withDefaults(null)).isSameAs(own);
  }

  @Test
  void badQuantitiesAreRefusedWithTheValueNamed() {
    assertThatThrownBy(() -> Resources.builder().requestCpu("lots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"lots\"");
    assertThatThrownBy(() -> Resources.builder().requestMemory("1e999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"1e999\"");
    assertThatThrownBy(() -> Volume.emptyDir("x").sizeLimit("Ki"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Ki\"");
  }

  @Test
  void enumsSpellKubernetesValuesAndRejectUnknownOnes() {
    assertThat(PullPolicy.fromValue("IfNotPresent")).isEqualTo(PullPolicy.IF_NOT_PRESENT);
    assertThat(Medium.MEMORY.value()).isEqualTo("Memory");
    assertThat(RestartPolicy.ALWAYS.value()).isEqualTo("Always");
    assertThatThrownBy(() -> Protocol.fromValue("tcp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown protocol \"tcp\"; expected one of [TCP, UDP, SCTP]");
  }

  @Test
  void probesAndHooksRefuseActionsKubernetesDoesNotSupport() {
    assertThatThrownBy(() -> Probe.of(new Action.Sleep(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Lifecycle.preStop(new Action.Grpc(9000, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Probe.httpGet("/healthz", 8080).periodSeconds(5).failureThreshold(3))
        .extracting(Probe::periodSeconds, Probe::failureThreshold)
        .containsExactly(5, 3);
  }

  @Test
  void workloadKindsCarryTheirRestrictionsAsData() {
    WorkloadKind source =
        WorkloadKind.builder("source").noSidecars().allowVolumeTypes(VolumeType.EMPTY_DIR).build();
    assertThat(source.allowsSidecars()).isFalse();
    assertThat(source.allowsVolumeType(VolumeType.EMPTY_DIR)).isTrue();
    assertThat(source.allowsVolumeType(VolumeType.HOST_PATH)).isFalse();
    assertThat(WorkloadKind.GENERIC.allowsVolumeType(VolumeType.HOST_PATH)).isTrue();
    assertThat(WorkloadKind.JOB.runsToCompletion()).isTrue();
    assertThat(Composition.builder().kind(null).build().kind()).isEqualTo(WorkloadKind.GENERIC);
  }
}
