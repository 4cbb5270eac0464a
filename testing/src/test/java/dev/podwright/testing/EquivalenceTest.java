package dev.podwright.testing;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.ModelCopies;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Sysctl;
import io.kubernetes.client.openapi.models.V1Toleration;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EquivalenceTest {

  private final V1PodSpec spec = Specs.platformPod();

  private static V1PodSpec copy() {
    return ModelCopies.deepCopy(Specs.platformPod());
  }

  @Test
  void specIsEquivalentToItsCopy() {
    assertThat(spec).isEquivalentTo(copy());
  }

  @Test
  void ignoresOrderWhereKubernetesDoes() {
    V1PodSpec other = copy();
    Collections.reverse(other.getVolumes());
    V1Container main = other.getContainers().get(0);
    Collections.reverse(main.getVolumeMounts());
    main.addPortsItem(new V1ContainerPort().containerPort(9090).protocol("UDP"));
    Collections.reverse(main.getPorts());
    Map<String, Quantity> limits = new LinkedHashMap<>();
    limits.put("memory", Quantity.fromString("256Mi"));
    limits.put("cpu", Quantity.fromString("1000m"));
    main.getResources().setLimits(limits);
    main.securityContext(
        new V1SecurityContext()
            .capabilities(new V1Capabilities().addDropItem("NET_RAW").addDropItem("ALL")));
    main.addEnvFromItem(new V1EnvFromSource().secretRef(new V1SecretEnvSource().name("b")));
    main.addEnvFromItem(new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource().name("a")));

    V1Container mine = spec.getContainers().get(0);
    mine.addPortsItem(new V1ContainerPort().containerPort(9090).protocol("UDP"));
    mine.securityContext(
        new V1SecurityContext()
            .capabilities(new V1Capabilities().addDropItem("ALL").addDropItem("NET_RAW")));
    mine.addEnvFromItem(new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource().name("a")));
    mine.addEnvFromItem(new V1EnvFromSource().secretRef(new V1SecretEnvSource().name("b")));

    assertThat(spec).isEquivalentTo(other);
  }

  @Test
  void emptyAndAbsentAreTheSame() {
    V1PodSpec other = copy();
    other.getVolumes().get(4).emptyDir(new V1EmptyDirVolumeSource());
    other
        .getContainers()
        .get(1)
        .env(null)
        .args(new ArrayList<>())
        .securityContext(new V1SecurityContext());
    other.setNodeSelector(Map.of());
    assertThat(spec).isEquivalentTo(other);
  }

  @Test
  void listsEveryDifferingPath() {
    V1PodSpec other = copy();
    other.getVolumes().get(0).getEmptyDir().medium(null);
    other.getContainers().get(0).getResources().putRequestsItem("cpu", Quantity.fromString("0.5"));
    other.getContainers().get(1).image("envoy:1.32");
    other.addVolumesItem(new V1Volume().name("cache"));

    assertThatThrownBy(() -> assertThat(other).isEquivalentTo(spec))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to be equivalent to the expected spec but 4 paths differ:\n"
                + "  spec.containers[name=main].resources.requests.cpu: expected \"250m\" but was"
                + " \"500m\"\n"
                + "  spec.containers[name=proxy].image: expected \"envoy:1.31\" but was"
                + " \"envoy:1.32\"\n"
                + "  spec.volumes[name=shared-logs].emptyDir.medium: expected \"Memory\" but was"
                + " <absent>\n"
                + "  spec.volumes[name=cache]: expected <absent> but was {\"name\":\"cache\"}");
  }

  @Test
  void respectsContainerOrder() {
    V1PodSpec other = copy();
    Collections.reverse(other.getContainers());
    assertThatThrownBy(() -> assertThat(other).isEquivalentTo(spec))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to be equivalent to the expected spec but 1 path differs:\n"
                + "  spec.containers: expected the order [\"main\", \"proxy\"] but was"
                + " [\"proxy\", \"main\"]");
  }

  @Test
  void respectsEnvOrder() {
    V1PodSpec other = copy();
    Collections.swap(other.getContainers().get(0).getEnv(), 3, 4);
    assertThatThrownBy(() -> assertThat(other).isEquivalentTo(spec))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to be equivalent to the expected spec but 1 path differs:\n"
                + "  spec.containers[name=main].env: expected the order [\"LOG_LEVEL\", \"TOKEN\","
                + " \"MODE\", \"POD_NAME\", \"URL\"] but was [\"LOG_LEVEL\", \"TOKEN\", \"MODE\","
                + " \"URL\", \"POD_NAME\"]");
  }

  @Test
  void missingAndExtraListEntries() {
    V1PodSpec other = copy();
    other.getContainers().get(0).getVolumeMounts().remove(0);
    other
        .getContainers()
        .get(1)
        .addVolumeMountsItem(new V1VolumeMount().name("config").mountPath("/etc/envoy"));
    other.getInitContainers().remove(0);
    assertThatThrownBy(() -> assertThat(other).isEquivalentTo(spec))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "  spec.containers[name=main].volumeMounts[mountPath=/var/log]: expected"
                + " {\"mountPath\":\"/var/log\",\"name\":\"shared-logs\",\"readOnly\":true} but was"
                + " <absent>\n")
        .hasMessageContaining(
            "  spec.containers[name=proxy].volumeMounts[mountPath=/etc/envoy]: expected <absent>"
                + " but was {\"mountPath\":\"/etc/envoy\",\"name\":\"config\"}")
        .hasMessageContaining("  spec.initContainers[name=migrate]: expected {")
        .hasMessageStartingWith(
            "expected spec to be equivalent to the expected spec but 3 paths differ:");
  }

  @Test
  void unnamedAndDuplicateEntriesStillCompare() {
    V1PodSpec left =
        new V1PodSpec()
            .addContainersItem(new V1Container().image("a"))
            .addVolumesItem(new V1Volume().name("v"))
            .addVolumesItem(
                new V1Volume().name("v").emptyDir(new V1EmptyDirVolumeSource().medium("Memory")));
    V1PodSpec right =
        new V1PodSpec()
            .addContainersItem(new V1Container().image("b"))
            .addVolumesItem(new V1Volume().name("v"))
            .addVolumesItem(new V1Volume().name("v"));
    assertThatThrownBy(() -> assertThat(right).isEquivalentTo(left))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to be equivalent to the expected spec but 3 paths differ:\n"
                + "  spec.containers[{\"image\":\"a\"}]: expected {\"image\":\"a\"} but was <absent>\n"
                + "  spec.containers[{\"image\":\"b\"}]: expected <absent> but was {\"image\":\"b\"}\n"
                + "  spec.volumes[name=v].emptyDir: expected {\"medium\":\"Memory\"} but was"
                + " <absent>");
  }

  @Test
  void plainListsCompareByIndex() {
    V1PodSpec left =
        new V1PodSpec().addContainersItem(new V1Container().name("c").args(List.of("a", "b")));
    V1PodSpec right =
        new V1PodSpec().addContainersItem(new V1Container().name("c").args(List.of("b")));
    assertThatThrownBy(() -> assertThat(right).isEquivalentTo(left))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to be equivalent to the expected spec but 2 paths differ:\n"
                + "  spec.containers[name=c].args[0]: expected \"a\" but was \"b\"\n"
                + "  spec.containers[name=c].args[1]: expected \"b\" but was <absent>");
  }

  @Test
  void quantitiesCompareByValue() {
    V1PodSpec left = new V1PodSpec().overhead(Map.of("cpu", Quantity.fromString("1000m")));
    V1PodSpec right = new V1PodSpec().overhead(Map.of("cpu", Quantity.fromString("1")));
    assertThat(left).isEquivalentTo(right);
    assertThatThrownBy(
            () ->
                assertThat(left)
                    .isEquivalentTo(
                        new V1PodSpec().overhead(Map.of("cpu", Quantity.fromString("2")))))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("spec.overhead.cpu: expected \"2\" but was \"1\"");
  }

  @Test
  void schedulingSetsIgnoreOrder() {
    V1PodSpec left =
        new V1PodSpec()
            .addTolerationsItem(new V1Toleration().key("a").operator("Exists"))
            .addTolerationsItem(new V1Toleration().key("b").operator("Exists"))
            .securityContext(
                new V1PodSecurityContext()
                    .addSysctlsItem(new V1Sysctl().name("net.a").value("1"))
                    .addSysctlsItem(new V1Sysctl().name("net.b").value("2"))
                    .supplementalGroups(List.of(2L, 1L)))
            .affinity(nodeAffinity(List.of("x", "y")));
    V1PodSpec right =
        new V1PodSpec()
            .addTolerationsItem(new V1Toleration().key("b").operator("Exists"))
            .addTolerationsItem(new V1Toleration().key("a").operator("Exists"))
            .securityContext(
                new V1PodSecurityContext()
                    .addSysctlsItem(new V1Sysctl().name("net.b").value("2"))
                    .addSysctlsItem(new V1Sysctl().name("net.a").value("1"))
                    .supplementalGroups(List.of(1L, 2L)))
            .affinity(nodeAffinity(List.of("y", "x")));
    assertThat(left).isEquivalentTo(right);
    right.getSecurityContext().getSysctls().get(0).value("3");
    right
        .getAffinity()
        .getNodeAffinity()
        .getRequiredDuringSchedulingIgnoredDuringExecution()
        .getNodeSelectorTerms()
        .get(0)
        .getMatchExpressions()
        .get(0)
        .values(List.of("z", "x"));
    assertThatThrownBy(() -> assertThat(right).isEquivalentTo(left))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to be equivalent to the expected spec but 3 paths differ:\n"
                + "  spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                + ".nodeSelectorTerms[0].matchExpressions[key=zone,operator=In].values[\"y\"]:"
                + " expected \"y\" but was <absent>\n"
                + "  spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                + ".nodeSelectorTerms[0].matchExpressions[key=zone,operator=In].values[\"z\"]:"
                + " expected <absent> but was \"z\"\n"
                + "  spec.securityContext.sysctls[name=net.b].value: expected \"2\" but was \"3\"");
  }

  private static V1Affinity nodeAffinity(List<String> zones) {
    return new V1Affinity()
        .nodeAffinity(
            new V1NodeAffinity()
                .requiredDuringSchedulingIgnoredDuringExecution(
                    new V1NodeSelector()
                        .addNodeSelectorTermsItem(
                            new V1NodeSelectorTerm()
                                .addMatchExpressionsItem(
                                    new V1NodeSelectorRequirement()
                                        .key("zone")
                                        .operator("In")
                                        .values(zones)))));
  }

  @Test
  void longDiffsAreCut() {
    V1PodSpec many = new V1PodSpec();
    for (int i = 0; i < 60; i++) {
      many.addVolumesItem(new V1Volume().name("v" + (100 + i)));
    }
    V1PodSpec one = new V1PodSpec().addVolumesItem(new V1Volume().name("x"));
    assertThatThrownBy(() -> assertThat(many).isEquivalentTo(one))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected spec to be equivalent to the expected spec but 61 paths differ:\n"
                + "  spec.volumes[name=x]: expected {\"name\":\"x\"} but was <absent>\n"
                + "  spec.volumes[name=v100]: expected <absent> but was {\"name\":\"v100\"}\n")
        .hasMessageEndingWith(
            "  spec.volumes[name=v148]: expected <absent> but was {\"name\":\"v148\"}\n"
                + "  ... and 11 more");
  }

  @Test
  void emptySpecs() {
    assertThat(new V1PodSpec()).isEquivalentTo(new V1PodSpec().containers(null));
    assertThatThrownBy(
            () -> assertThat(new V1PodSpec()).isEquivalentTo(new V1PodSpec().hostNetwork(true)))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("spec.hostNetwork: expected true but was <absent>");
  }
}
