package dev.podwright.testing;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.models.V1PodSpec;
import org.junit.jupiter.api.Test;

/** Both entry points imported statically: the compiler picks the most specific overload. */
class StaticImportsTest {

  @Test
  void bothAssertThatImportsLiveTogether() {
    V1PodSpec spec = Specs.platformPod();
    assertThat(spec).hasContainer("main");
    assertThat(spec.getContainers()).hasSize(2);
    assertThat("text").startsWith("te");
  }
}
