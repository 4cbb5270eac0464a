package dev.podwright.testing;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1NFSVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import org.junit.jupiter.api.Test;

class VolumeAssertTest {

  private final V1PodSpec spec = Specs.platformPod();

  @Test
  void emptyDirWithMediumAndSizeLimit() {
    assertThat(spec)
        .hasVolume("shared-logs")
        .isEmptyDir()
        .withMedium("Memory")
        .withSizeLimit("64Mi")
        .withSizeLimit("65536Ki");
  }

  @Test
  void volumeWithoutSourceIsAnEmptyDirOnTheNodesDefaultMedium() {
    assertThat(spec).hasVolume("scratch").isEmptyDir().withMedium("");
  }

  @Test
  void missingVolumeListsTheVolumes() {
    assertThatThrownBy(() -> assertThat(spec).hasVolume("cache"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have a volume \"cache\" but its volumes are [\"shared-logs\","
                + " \"config\", \"creds\", \"data\", \"scratch\"]");
  }

  @Test
  void hasNoVolume() {
    assertThat(spec).hasNoVolume("cache");
    assertThatThrownBy(() -> assertThat(spec).hasNoVolume("creds"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected spec to have no volume \"creds\" but spec.volumes[2] is");
  }

  @Test
  void isEmptyDirFailsForOtherSources() {
    assertThatThrownBy(() -> assertThat(spec).hasVolume("config").isEmptyDir())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"config\" (spec.volumes[1]) to be an emptyDir but it is configMap"
                + " \"app-config\"");
  }

  @Test
  void withMediumFails() {
    assertThatThrownBy(() -> assertThat(spec).hasVolume("scratch").withMedium("Memory"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"scratch\" (spec.volumes[4]) to have medium \"Memory\" but it has"
                + " the node's default medium");
    assertThatThrownBy(() -> assertThat(spec).hasVolume("shared-logs").withMedium(""))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("to have medium \"\" but it has \"Memory\"");
    assertThatThrownBy(() -> assertThat(spec).hasVolume("creds").withMedium("Memory"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"creds\" (spec.volumes[2]) to be an emptyDir but it is secret"
                + " \"creds\"");
  }

  @Test
  void withSizeLimitFails() {
    assertThatThrownBy(() -> assertThat(spec).hasVolume("shared-logs").withSizeLimit("128Mi"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"shared-logs\" (spec.volumes[0]) to have size limit 128Mi but it has"
                + " 64Mi");
    assertThatThrownBy(() -> assertThat(spec).hasVolume("scratch").withSizeLimit("1Gi"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"scratch\" (spec.volumes[4]) to have size limit 1Gi but it has"
                + " none");
  }

  @Test
  void configMapSecretAndClaim() {
    assertThat(spec).hasVolume("config").isConfigMap("app-config");
    assertThat(spec).hasVolume("creds").isSecret("creds");
    assertThat(spec).hasVolume("data").isPersistentVolumeClaim("data-0");
  }

  @Test
  void sourceMismatchesNameWhatIsThere() {
    assertThatThrownBy(() -> assertThat(spec).hasVolume("config").isConfigMap("other"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"config\" (spec.volumes[1]) to be configMap \"other\" but it is"
                + " configMap \"app-config\"");
    assertThatThrownBy(() -> assertThat(spec).hasVolume("config").isSecret("app-config"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"config\" (spec.volumes[1]) to be secret \"app-config\" but it is"
                + " configMap \"app-config\"");
    assertThatThrownBy(() -> assertThat(spec).hasVolume("shared-logs").isPersistentVolumeClaim("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"shared-logs\" (spec.volumes[0]) to be persistentVolumeClaim \"x\""
                + " but it is an emptyDir");
    assertThatThrownBy(() -> assertThat(spec).hasVolume("scratch").isConfigMap("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("but it is an emptyDir (no source given)");
  }

  @Test
  void standaloneVolumes() {
    V1Volume host =
        new V1Volume().name("sock").hostPath(new V1HostPathVolumeSource().path("/run/x.sock"));
    assertThat(host).isHostPath("/run/x.sock");
    assertThatThrownBy(() -> assertThat(host).isHostPath("/run"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected volume \"sock\" to be hostPath \"/run\" but it is hostPath \"/run/x.sock\"");
    V1Volume nfs = new V1Volume().name("share").nfs(new V1NFSVolumeSource().server("s").path("/"));
    assertThatThrownBy(() -> assertThat(nfs).isEmptyDir())
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected volume \"share\" to be an emptyDir but it is a nfs volume");
    assertThatThrownBy(() -> assertThat(nfs).and()).isInstanceOf(IllegalStateException.class);
    V1Volume sized =
        new V1Volume()
            .name("s")
            .emptyDir(new V1EmptyDirVolumeSource().sizeLimit(Quantity.fromString("1Gi")));
    assertThat(sized).withSizeLimit("1024Mi").withMedium("");
  }
}
