package dev.podwright.testing;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import org.junit.jupiter.api.Test;

class SidecarAndLookupTest {

  private final V1PodSpec spec = Specs.platformPod();

  @Test
  void findsNativeSidecar() {
    assertThat(spec).hasSidecar("log-shipper").isNativeSidecar().startsBefore("main");
  }

  @Test
  void findsClassicSidecar() {
    assertThat(spec).hasSidecar("proxy").isClassicSidecar().hasImage("envoy:1.31");
  }

  @Test
  void sidecarPlacementDoesNotMatterToHasSidecar() {
    V1PodSpec moved = Specs.platformPod();
    V1Container shipper = moved.getInitContainers().remove(1);
    moved.addContainersItem(shipper.restartPolicy(null));

    assertThat(moved).hasSidecar("log-shipper").isClassicSidecar();
  }

  @Test
  void missingSidecarListsWhatIsThere() {
    assertThatThrownBy(() -> assertThat(spec).hasSidecar("mesh"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have a sidecar \"mesh\" but its init containers are [\"migrate\","
                + " \"log-shipper\"] and containers are [\"main\", \"proxy\"]");
  }

  @Test
  void plainInitContainerIsNoSidecar() {
    assertThatThrownBy(() -> assertThat(spec).hasSidecar("migrate"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have a sidecar \"migrate\" but spec.initContainers[0] is an init"
                + " container with restartPolicy <null>, not \"Always\"");
  }

  @Test
  void firstContainerIsTheMainOneByDefault() {
    assertThatThrownBy(() -> assertThat(spec).hasSidecar("main"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have a sidecar \"main\" but spec.containers[0] is the main container"
                + " (the first of containers; name another with withMainContainer)");
  }

  @Test
  void withMainContainerNamesTheMainOne() {
    assertThat(spec).withMainContainer("proxy").hasSidecar("main").isClassicSidecar();
    assertThatThrownBy(() -> assertThat(spec).withMainContainer("proxy").hasSidecar("proxy"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have a sidecar \"proxy\" but spec.containers[1] is the main"
                + " container");
  }

  @Test
  void isNativeSidecarFailsForClassicOne() {
    assertThatThrownBy(() -> assertThat(spec).hasSidecar("proxy").isNativeSidecar())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected sidecar \"proxy\" to be a native sidecar (an init container with"
                + " restartPolicy \"Always\") but it is a classic sidecar at spec.containers[1]");
  }

  @Test
  void isClassicSidecarFailsForNativeOne() {
    assertThatThrownBy(() -> assertThat(spec).hasSidecar("log-shipper").isClassicSidecar())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected sidecar \"log-shipper\" to be a classic sidecar (an entry of containers) but"
                + " it is a native sidecar at spec.initContainers[1]");
  }

  @Test
  void initContainersStartInListOrderAndBeforeContainers() {
    assertThat(spec).hasInitContainer("migrate").startsBefore("log-shipper").startsBefore("proxy");
  }

  @Test
  void laterInitContainerDoesNotStartBeforeEarlierOne() {
    assertThatThrownBy(() -> assertThat(spec).hasSidecar("log-shipper").startsBefore("migrate"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"log-shipper\" (spec.initContainers[1]) to start before"
                + " \"migrate\" but \"migrate\" (spec.initContainers[0]) comes earlier in"
                + " initContainers");
  }

  @Test
  void containerDoesNotStartBeforeItself() {
    assertThatThrownBy(() -> assertThat(spec).hasInitContainer("migrate").startsBefore("migrate"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("comes at the same place in initContainers");
  }

  @Test
  void classicSidecarDoesNotStartBeforeMain() {
    assertThatThrownBy(() -> assertThat(spec).hasSidecar("proxy").startsBefore("main"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"proxy\" (spec.containers[1]) to start before \"main\" but it is"
                + " a regular container, which starts together with the other containers after"
                + " every init container");
  }

  @Test
  void startsBeforeAnUnknownContainerFails() {
    assertThatThrownBy(() -> assertThat(spec).hasSidecar("log-shipper").startsBefore("web"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"log-shipper\" (spec.initContainers[1]) to start before \"web\""
                + " but the spec has no container \"web\"; its init containers are [\"migrate\","
                + " \"log-shipper\"] and containers are [\"main\", \"proxy\"]");
  }

  @Test
  void startsBeforeNeedsASpec() {
    assertThatThrownBy(() -> assertThat(new V1Container().name("a")).startsBefore("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start with assertThat(spec)");
  }

  @Test
  void hasContainerSearchesContainersAndInitContainers() {
    assertThat(spec).hasContainer("main").hasImage("registry.example.com/app:2.4.1");
    assertThat(spec).hasContainer("migrate").hasImage("migrate:1.0");
    assertThat(spec).container("log-shipper").hasImage("fluent-bit:3.1");
  }

  @Test
  void missingContainerListsWhatIsThere() {
    assertThatThrownBy(() -> assertThat(spec).hasContainer("web"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have a container \"web\" but its containers are [\"main\","
                + " \"proxy\"] and init containers are [\"migrate\", \"log-shipper\"]");
  }

  @Test
  void hasInitContainerLooksOnlyAtInitContainers() {
    assertThat(spec).hasInitContainer("migrate");
    assertThatThrownBy(() -> assertThat(spec).hasInitContainer("main"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have an init container \"main\" but its init containers are"
                + " [\"migrate\", \"log-shipper\"]");
  }

  @Test
  void hasNoContainer() {
    assertThat(spec).hasNoContainer("web");
    assertThatThrownBy(() -> assertThat(spec).hasNoContainer("log-shipper"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have no container \"log-shipper\" but spec.initContainers[1] is");
  }

  @Test
  void andReturnsToTheSpec() {
    assertThat(spec)
        .hasSidecar("log-shipper")
        .isNativeSidecar()
        .and()
        .hasContainer("main")
        .mounts("config")
        .at("/etc/app")
        .and()
        .hasEnv("LOG_LEVEL", "debug")
        .and()
        .hasVolume("config")
        .isConfigMap("app-config");
  }

  @Test
  void nullSpecFailsLikeAssertJ() {
    assertThatThrownBy(() -> assertThat((V1PodSpec) null).hasContainer("main"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void emptySpecHasNoContainersAndSurvivesNullLists() {
    V1PodSpec empty = new V1PodSpec().containers(null).initContainers(null).volumes(null);
    assertThat(empty).hasNoContainer("main").hasNoVolume("x");
    assertThatThrownBy(() -> assertThat(empty).hasSidecar("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to have a sidecar \"x\" but its init containers are [] and containers"
                + " are []");
  }

  @Test
  void descriptionIsKept() {
    assertThatThrownBy(() -> assertThat(spec).as("web pod").hasContainer("web"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[web pod] expected spec to have a container \"web\"");
  }
}
