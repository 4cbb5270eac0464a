package com.example.platform;

import static dev.podwright.testing.PodSpecAssertions.assertThat;

import dev.podwright.validation.composition.CompositionValidator;
import org.junit.jupiter.api.Test;

class PlatformTest {

  private final Platform platform = new Platform();

  @Test
  void addsANativeLogShipperReadingTheWorkloadsLogs() {
    CompositionValidator.Result result = platform.render("checkout", "example/checkout:2.4.1");

    assertThat(result.report()).hasNoErrors();
    assertThat(result.spec())
        .hasSidecar("log-shipper")
        .isNativeSidecar()
        .startsBefore("checkout")
        .mounts("logs")
        .at("/logs")
        .readOnly();
    assertThat(result.spec())
        .hasContainer("checkout")
        .hasEnv("LOG_DIR", "/var/log/app")
        .requests("cpu", "0.05");
    assertThat(result.spec()).hasVolume("logs").isEmptyDir().withMedium("Memory");
  }

  @Test
  void reportsAMissingImageWithItsPath() {
    CompositionValidator.Result result = platform.render("checkout", null);

    assertThat(result.report()).hasError("CONTAINER_IMAGE_REQUIRED").at("spec.containers[0].image");
  }
}
