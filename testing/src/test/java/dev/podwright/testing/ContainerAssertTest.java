package dev.podwright.testing;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import org.junit.jupiter.api.Test;

class ContainerAssertTest {

  private final V1PodSpec spec = Specs.platformPod();

  @Test
  void hasImage() {
    assertThat(spec).container("proxy").hasImage("envoy:1.31");
    assertThatThrownBy(() -> assertThat(spec).container("proxy").hasImage("envoy:1.30"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"proxy\" (spec.containers[1]) to run image \"envoy:1.30\" but it"
                + " runs \"envoy:1.31\"");
  }

  @Test
  void hasPort() {
    assertThat(spec).container("main").hasPort(8080);
    assertThatThrownBy(() -> assertThat(spec).container("main").hasPort(9090))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to declare port 9090 but its ports"
                + " are [8080]");
  }

  @Test
  void hasEnvWithValue() {
    assertThat(spec).container("main").hasEnv("LOG_LEVEL", "debug").hasEnv("TOKEN");
  }

  @Test
  void hasEnvWithOtherValueFails() {
    assertThatThrownBy(() -> assertThat(spec).container("main").hasEnv("LOG_LEVEL", "info"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to have env LOG_LEVEL=\"info\" but"
                + " LOG_LEVEL (spec.containers[0].env[0]) is \"debug\"");
  }

  @Test
  void hasEnvWithValueFailsForReference() {
    assertThatThrownBy(() -> assertThat(spec).container("main").hasEnv("TOKEN", "s3cret"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to have env TOKEN=\"s3cret\" but"
                + " TOKEN (spec.containers[0].env[1]) is from secret \"creds\" key \"token\"");
  }

  @Test
  void missingEnvListsTheEnv() {
    assertThatThrownBy(() -> assertThat(spec).container("main").hasEnv("DEBUG"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to have env DEBUG but it has no"
                + " DEBUG; its env is [\"LOG_LEVEL\", \"TOKEN\", \"MODE\", \"POD_NAME\", \"URL\"]");
  }

  @Test
  void lastDefinitionWins() {
    V1Container container =
        new V1Container()
            .name("c")
            .addEnvItem(new V1EnvVar().name("A").value("1"))
            .addEnvItem(new V1EnvVar().name("A").value("2"));
    assertThat(container).hasEnv("A", "2");
    assertThatThrownBy(() -> assertThat(container).hasEnv("A", "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected container \"c\" to have env A=\"1\" but A (env[1]) is \"2\"");
  }

  @Test
  void hasNoEnv() {
    assertThat(spec).container("proxy").hasNoEnv("LOG_LEVEL");
    assertThatThrownBy(() -> assertThat(spec).container("main").hasNoEnv("MODE"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to have no env MODE but"
                + " spec.containers[0].env[2] is from configMap \"app-config\" key \"mode\"");
  }

  @Test
  void hasEnvFromSecret() {
    assertThat(spec).container("main").hasEnvFromSecret("TOKEN", "creds", "token");
    assertThatThrownBy(
            () -> assertThat(spec).container("main").hasEnvFromSecret("TOKEN", "creds", "pw"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to take env TOKEN from secret"
                + " \"creds\" key \"pw\" but TOKEN (spec.containers[0].env[1]) is from secret"
                + " \"creds\" key \"token\"");
    assertThatThrownBy(
            () -> assertThat(spec).container("main").hasEnvFromSecret("LOG_LEVEL", "creds", "x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("but LOG_LEVEL (spec.containers[0].env[0]) is \"debug\"");
  }

  @Test
  void hasEnvFromConfigMap() {
    assertThat(spec).container("main").hasEnvFromConfigMap("MODE", "app-config", "mode");
    assertThatThrownBy(
            () -> assertThat(spec).container("main").hasEnvFromConfigMap("MODE", "other", "mode"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to take env MODE from configMap"
                + " \"other\" key \"mode\" but MODE (spec.containers[0].env[2]) is from configMap"
                + " \"app-config\" key \"mode\"");
  }

  @Test
  void hasEnvFromField() {
    assertThat(spec).container("main").hasEnvFromField("POD_NAME", "metadata.name");
    assertThatThrownBy(
            () -> assertThat(spec).container("main").hasEnvFromField("POD_NAME", "status.podIP"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith(
            "to take env POD_NAME from field \"status.podIP\" but POD_NAME"
                + " (spec.containers[0].env[3]) is from field \"metadata.name\"");
  }

  @Test
  void hasEnvInOrder() {
    assertThat(spec).container("main").hasEnvInOrder("POD_NAME", "URL").hasEnvInOrder("LOG_LEVEL");
    assertThatThrownBy(() -> assertThat(spec).container("main").hasEnvInOrder("URL", "POD_NAME"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to define env [\"URL\","
                + " \"POD_NAME\"] in this order but its env is [\"LOG_LEVEL\", \"TOKEN\", \"MODE\","
                + " \"POD_NAME\", \"URL\"]");
    assertThatThrownBy(() -> assertThat(spec).container("main").hasEnvInOrder("LOG_LEVEL", "X"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to define env [\"LOG_LEVEL\", \"X\"] in this order");
  }

  @Test
  void importsEnvFrom() {
    V1Container container =
        new V1Container()
            .name("c")
            .addEnvFromItem(
                new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource().name("settings")))
            .addEnvFromItem(new V1EnvFromSource().secretRef(new V1SecretEnvSource().name("keys")));
    assertThat(container).importsEnvFromConfigMap("settings").importsEnvFromSecret("keys");
    assertThatThrownBy(() -> assertThat(container).importsEnvFromSecret("settings"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"c\" to import env from secret \"settings\" but its envFrom is"
                + " [configMap \"settings\", secret \"keys\"]");
    assertThatThrownBy(() -> assertThat(spec).container("main").importsEnvFromConfigMap("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("to import env from configMap \"x\" but it has no envFrom");
  }

  @Test
  void requestsCompareByValue() {
    assertThat(spec)
        .container("main")
        .requests("cpu", "250m")
        .requests("cpu", "0.25")
        .requests("memory", "128Mi")
        .limits("cpu", "1000m")
        .limits("cpu", "1")
        .limits("memory", "262144Ki");
  }

  @Test
  void requestsOtherAmountFails() {
    assertThatThrownBy(() -> assertThat(spec).container("main").requests("cpu", "500m"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to request cpu 500m but it"
                + " requests 250m");
    assertThatThrownBy(() -> assertThat(spec).container("main").limits("memory", "1Gi"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to limit memory 1Gi but it limits"
                + " 256Mi");
  }

  @Test
  void missingResourceListsTheOthers() {
    assertThatThrownBy(() -> assertThat(spec).container("main").requests("nvidia.com/gpu", "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to request nvidia.com/gpu 1 but it"
                + " requests no nvidia.com/gpu; its requests are {cpu=250m, memory=128Mi}");
    assertThatThrownBy(() -> assertThat(spec).container("proxy").limits("cpu", "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"proxy\" (spec.containers[1]) to limit cpu 1 but it limits no"
                + " cpu; its limits are {}");
  }

  @Test
  void badExpectedQuantityIsAProgrammingError() {
    assertThatThrownBy(() -> assertThat(spec).container("main").requests("cpu", "lots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Kubernetes quantity: \"lots\"");
  }

  @Test
  void mountsAtReadOnly() {
    assertThat(spec).hasContainer("main").mounts("shared-logs").at("/var/log").readOnly();
    assertThat(spec).hasContainer("proxy").mounts("shared-logs").at("/logs").readWrite();
  }

  @Test
  void mountsFailsListingTheMounts() {
    assertThatThrownBy(() -> assertThat(spec).hasContainer("main").mounts("data"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to mount \"data\" but it mounts"
                + " [\"shared-logs\", \"config\", \"config\"]");
  }

  @Test
  void atPicksAmongMountsOfTheSameVolume() {
    assertThat(spec)
        .hasContainer("main")
        .mounts("config")
        .at("/etc/app-extra/settings.yaml")
        .withSubPath("settings.yaml")
        .readWrite();
    assertThatThrownBy(() -> assertThat(spec).hasContainer("main").mounts("config").at("/config"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"main\" (spec.containers[0]) to mount \"config\" at \"/config\""
                + " but it mounts it at [\"/etc/app\", \"/etc/app-extra/settings.yaml\"]");
  }

  @Test
  void readOnlyAndReadWriteFail() {
    assertThatThrownBy(
            () -> assertThat(spec).hasContainer("proxy").mounts("shared-logs").readOnly())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected mount of \"shared-logs\" at \"/logs\" (spec.containers[1].volumeMounts[0])"
                + " to be read-only but it is read-write");
    assertThatThrownBy(
            () -> assertThat(spec).hasContainer("main").mounts("shared-logs").readWrite())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected mount of \"shared-logs\" at \"/var/log\" (spec.containers[0].volumeMounts[0])"
                + " to be read-write but it is read-only");
  }

  @Test
  void withSubPathFails() {
    assertThatThrownBy(
            () -> assertThat(spec).hasContainer("main").mounts("config").withSubPath("a.yaml"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected mount of \"config\" at \"/etc/app\" (spec.containers[0].volumeMounts[1]) to"
                + " use subPath \"a.yaml\" but it mounts the whole volume");
    assertThatThrownBy(
            () ->
                assertThat(spec)
                    .hasContainer("main")
                    .mounts("config")
                    .at("/etc/app-extra/settings.yaml")
                    .withSubPath("a.yaml"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("to use subPath \"a.yaml\" but it uses \"settings.yaml\"");
  }

  @Test
  void doesNotMount() {
    assertThat(spec).hasContainer("proxy").doesNotMount("config");
    assertThatThrownBy(() -> assertThat(spec).hasContainer("migrate").doesNotMount("config"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected container \"migrate\" (spec.initContainers[0]) not to mount \"config\" but"
                + " it does at \"/config\" (spec.initContainers[0].volumeMounts[0])");
  }

  @Test
  void standaloneContainerMountHasNoSpecPath() {
    V1Container container = Specs.platformPod().getContainers().get(1);
    assertThatThrownBy(() -> assertThat(container).mounts("shared-logs").readOnly())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected mount of \"shared-logs\" at \"/logs\" (container \"proxy\" volumeMounts[0])"
                + " to be read-only but it is read-write");
    assertThatThrownBy(() -> assertThat(container).and()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void failuresDescribeEveryEnvSource() {
    V1Container container =
        new V1Container()
            .name("c")
            .addEnvItem(
                new V1EnvVar()
                    .name("CPU")
                    .valueFrom(
                        new V1EnvVarSource()
                            .resourceFieldRef(
                                new V1ResourceFieldSelector().resource("limits.cpu"))))
            .addEnvItem(
                new V1EnvVar()
                    .name("F")
                    .valueFrom(
                        new V1EnvVarSource()
                            .fileKeyRef(
                                new V1FileKeySelector().volumeName("v").path("env").key("K"))))
            .addEnvItem(new V1EnvVar().name("E").valueFrom(new V1EnvVarSource()))
            .addEnvItem(new V1EnvVar().name("BLANK"));
    assertThatThrownBy(() -> assertThat(container).hasEnv("CPU", "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("but CPU (env[0]) is from resource \"limits.cpu\"");
    assertThatThrownBy(() -> assertThat(container).hasEnvFromField("F", "metadata.name"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("but F (env[1]) is from file key \"K\"");
    assertThatThrownBy(() -> assertThat(container).hasEnvFromConfigMap("E", "m", "k"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("but E (env[2]) is from an empty valueFrom");
    assertThatThrownBy(() -> assertThat(container).hasEnvFromSecret("BLANK", "s", "k"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("but BLANK (env[3]) is \"\"");
    assertThat(container).hasEnv("BLANK", "").hasEnv("BLANK", null);
  }

  @Test
  void nullListsAndEntriesDoNotBreakAssertions() {
    V1Container container = new V1Container().name("c").env(null).volumeMounts(null).ports(null);
    container.setEnvFrom(null);
    assertThat(container).hasNoEnv("A").doesNotMount("x");
    assertThatThrownBy(() -> assertThat(container).hasEnv("A", "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected container \"c\" to have env A=\"1\" but it has no A; its env is []");
    V1Container withNull = new V1Container().name("n").addEnvItem(null);
    assertThat(withNull).hasNoEnv("A");
  }
}
