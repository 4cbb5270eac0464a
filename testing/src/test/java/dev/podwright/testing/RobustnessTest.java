package dev.podwright.testing;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null entries, null names and odd text never turn an assertion into a crash. */
class RobustnessTest {

  private static V1PodSpec holey() {
    List<V1Container> containers = new ArrayList<>();
    containers.add(null);
    containers.add(
        new V1Container()
            .name("app")
            .addEnvItem(null)
            .addEnvItem(new V1EnvVar().name("P").value("100%s"))
            .addVolumeMountsItem(null)
            .addVolumeMountsItem(new V1VolumeMount().name("v").mountPath("/v")));
    containers.add(new V1Container());
    List<V1Volume> volumes = new ArrayList<>();
    volumes.add(null);
    volumes.add(new V1Volume().name("v"));
    return new V1PodSpec().containers(containers).volumes(volumes);
  }

  @Test
  void lookupsSkipNullEntries() {
    assertThat(holey())
        .hasContainer("app")
        .hasEnv("P", "100%s")
        .mounts("v")
        .at("/v")
        .readWrite()
        .and()
        .and()
        .hasVolume("v")
        .isEmptyDir();
    assertThatThrownBy(() -> assertThat(holey()).hasSidecar("app"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("spec.containers[1] is the main container");
  }

  @Test
  void failuresRenderNullsAndPercentSigns() {
    assertThatThrownBy(() -> assertThat(holey()).hasContainer("web"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have a container \"web\" but its containers are [\"app\", <null>]"
                + " and init containers are []");
    assertThatThrownBy(() -> assertThat(holey()).container("app").hasEnv("P", "1%"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"app\" (spec.containers[1]) to have env P=\"1%\" but P"
                + " (spec.containers[1].env[1]) is \"100%s\"");
  }

  @Test
  void equivalenceToleratesNullEntries() {
    V1PodSpec clean =
        new V1PodSpec()
            .addContainersItem(
                new V1Container()
                    .name("app")
                    .addEnvItem(new V1EnvVar().name("P").value("100%s"))
                    .addVolumeMountsItem(new V1VolumeMount().name("v").mountPath("/v")))
            .addContainersItem(new V1Container())
            .addVolumesItem(new V1Volume().name("v"));
    assertThat(holey()).isEquivalentTo(clean);
  }
}
