package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import org.junit.jupiter.api.Test;

class DeclarationPathsTest {

  private static final Composition COMPOSITION =
      Composition.builder()
          .mainContainer(ContainerSpec.builder("main").image("a:1").build())
          .sidecar(Sidecar.builder("s0").image("a:1").build())
          .sidecar(Sidecar.builder("s1").image("a:1").build())
          .initContainer(InitContainer.builder("i0").image("a:1").build())
          .build();

  private static String map(String path, SidecarMode mode) {
    return DeclarationPaths.toDeclaration(path, COMPOSITION, mode);
  }

  @Test
  void nativeSidecarsAreTheFirstInitContainers() {
    assertThat(map("spec.initContainers[1].image", SidecarMode.NATIVE))
        .isEqualTo("sidecars[1].image");
    assertThat(map("spec.initContainers[2].volumeMounts[0].name", SidecarMode.NATIVE))
        .isEqualTo("initContainers[0].volumeMounts[0].name");
    assertThat(map("spec.containers[0].ports[0]", SidecarMode.NATIVE))
        .isEqualTo("mainContainer.ports[0]");
    assertThat(map("spec.initContainers[3]", SidecarMode.NATIVE)).isEmpty();
  }

  @Test
  void classicSidecarsFollowTheMainContainer() {
    assertThat(map("spec.containers[2].name", SidecarMode.CLASSIC)).isEqualTo("sidecars[1].name");
    assertThat(map("spec.initContainers[0]", SidecarMode.CLASSIC)).isEqualTo("initContainers[0]");
    assertThat(map("spec.containers[3]", SidecarMode.CLASSIC)).isEmpty();
  }

  @Test
  void otherPaths() {
    assertThat(map("spec.volumes[0].emptyDir", SidecarMode.NATIVE))
        .isEqualTo("volumes[0].emptyDir");
    assertThat(map("sidecars[0]", SidecarMode.NATIVE)).isEqualTo("sidecars[0]");
    assertThat(map("spec.restartPolicy", SidecarMode.NATIVE)).isEmpty();
    assertThat(map("spec.containers[99999999999999].name", SidecarMode.NATIVE)).isEmpty();
  }
}
