package dev.podwright.validation.rules.mounts;

import static dev.podwright.validation.rules.RuleHarness.assertClean;
import static dev.podwright.validation.rules.RuleHarness.assertReports;
import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.kubernetes.KubernetesVersion;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EphemeralVolumeSource;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeDevice;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountRulesTest {

  private static V1VolumeMount mount(String name, String path) {
    return new V1VolumeMount().name(name).mountPath(path);
  }

  private static V1VolumeDevice device(String name, String path) {
    return new V1VolumeDevice().name(name).devicePath(path);
  }

  private static V1Container mounting(String name, V1VolumeMount... mounts) {
    return container(name).volumeMounts(new ArrayList<>(Arrays.asList(mounts)));
  }

  /** A pod with volumes "data" (emptyDir), "block" (PVC) and "scratch" (ephemeral). */
  private static V1PodSpec podWith(V1Container... containers) {
    return pod(containers)
        .volumes(
            new ArrayList<>(
                List.of(
                    new V1Volume().name("data").emptyDir(new V1EmptyDirVolumeSource()),
                    new V1Volume()
                        .name("block")
                        .persistentVolumeClaim(
                            new V1PersistentVolumeClaimVolumeSource().claimName("disk")),
                    new V1Volume().name("scratch").ephemeral(new V1EphemeralVolumeSource()))));
  }

  @Test
  void mountNameRequired() {
    MountRule rule = MountRule.MOUNT_NAME_REQUIRED;
    assertReports(
        rule,
        podWith(mounting("app", mount("data", "/data"), mount("", "/x"), mount(null, "/y"))),
        "spec.containers[0].volumeMounts[1].name",
        "spec.containers[0].volumeMounts[2].name");
    assertClean(rule, podWith(mounting("app", mount("data", "/data"))));
  }

  @Test
  void mountNameNotFound() {
    MountRule rule = MountRule.MOUNT_NAME_NOT_FOUND;
    V1PodSpec spec =
        podWith(mounting("app", mount("data", "/data")), mounting("side", mount("cache", "/cache")))
            .initContainers(new ArrayList<>(List.of(mounting("init", mount("Data", "/d")))));
    assertReports(
        rule,
        spec,
        "spec.initContainers[0].volumeMounts[0].name",
        "spec.containers[1].volumeMounts[0].name");
    assertThat(run(rule, spec).get(1).message())
        .contains("\"cache\"")
        .contains("data, block, scratch");
    assertReports(
        rule,
        pod(mounting("app", mount("data", "/data"))),
        "spec.containers[0].volumeMounts[0].name");
    assertClean(rule, podWith(mounting("app", mount("data", "/data"), mount("", "/x"))));
  }

  @Test
  void mountPathRequired() {
    MountRule rule = MountRule.MOUNT_PATH_REQUIRED;
    assertReports(
        rule,
        podWith(mounting("app", mount("data", ""), mount("data", null))),
        "spec.containers[0].volumeMounts[0].mountPath",
        "spec.containers[0].volumeMounts[1].mountPath");
    assertClean(rule, podWith(mounting("app", mount("data", "/data"))));
  }

  @Test
  void mountPathUniquePerContainer() {
    MountRule rule = MountRule.MOUNT_PATH_UNIQUE_PER_CONTAINER;
    assertReports(
        rule,
        podWith(mounting("app", mount("data", "/data"), mount("scratch", "/data"))),
        "spec.containers[0].volumeMounts[1].mountPath");
    // exact-string comparison, and the same path in two containers is fine
    assertClean(
        rule,
        podWith(
            mounting("app", mount("data", "/data"), mount("scratch", "/data/")),
            mounting("side", mount("data", "/data"))));
  }

  @Test
  void mountSubPathLocalReportsAtTheListPath() {
    MountRule rule = MountRule.MOUNT_SUBPATH_LOCAL;
    assertReports(
        rule,
        podWith(
            mounting(
                "app",
                mount("data", "/a").subPath("/abs"),
                mount("data", "/b").subPath("x/../../etc"),
                mount("data", "/c").subPath("ok/dir"))),
        "spec.containers[0].volumeMounts.subPath",
        "spec.containers[0].volumeMounts.subPath");
    assertThat(
            run(rule, podWith(mounting("app", mount("data", "/a").subPath("/abs"))))
                .get(0)
                .message())
        .contains("volumeMounts[0]");
    assertClean(
        rule,
        podWith(
            mounting(
                "app",
                mount("data", "/a").subPath("conf/app.yaml"),
                mount("data", "/b").subPath(""))));
  }

  @Test
  void mountSubPathExpr() {
    MountRule rule = MountRule.MOUNT_SUBPATHEXPR;
    assertReports(
        rule,
        podWith(
            mounting(
                "app",
                mount("data", "/a").subPath("x").subPathExpr("$(POD_NAME)"),
                mount("data", "/b").subPathExpr("/$(POD_NAME)"))),
        "spec.containers[0].volumeMounts[0].subPathExpr",
        "spec.containers[0].volumeMounts.subPathExpr");
    assertClean(
        rule, podWith(mounting("app", mount("data", "/a").subPathExpr("$(POD_NAME)/logs"))));
  }

  @Test
  void mountPropagationEnum() {
    MountRule rule = MountRule.MOUNT_PROPAGATION_ENUM;
    assertReports(
        rule,
        podWith(mounting("app", mount("data", "/a").mountPropagation("hostToContainer"))),
        "spec.containers[0].volumeMounts.mountPropagation");
    assertClean(
        rule,
        podWith(
            mounting(
                "app",
                mount("data", "/a").mountPropagation("None"),
                mount("data", "/b").mountPropagation("HostToContainer"),
                mount("data", "/c"))));
  }

  @Test
  void mountPropagationBidirectionalPrivileged() {
    MountRule rule = MountRule.MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV;
    assertReports(
        rule,
        podWith(
            mounting("app", mount("data", "/a").mountPropagation("Bidirectional")),
            mounting("b", mount("data", "/a").mountPropagation("Bidirectional"))
                .securityContext(new V1SecurityContext().privileged(false))),
        "spec.containers[0].volumeMounts.mountPropagation",
        "spec.containers[1].volumeMounts.mountPropagation");
    assertClean(
        rule,
        podWith(
            mounting("app", mount("data", "/a").mountPropagation("Bidirectional"))
                .securityContext(new V1SecurityContext().privileged(true)),
            mounting("b", mount("data", "/a").mountPropagation("HostToContainer"))));
  }

  @Test
  void mountRecursiveReadOnly() {
    MountRule rule = MountRule.MOUNT_RRO_REQUIRES_READONLY;
    V1PodSpec spec =
        podWith(
            mounting(
                "app",
                mount("data", "/a").recursiveReadOnly("Enabled"),
                mount("data", "/b")
                    .recursiveReadOnly("IfPossible")
                    .readOnly(true)
                    .mountPropagation("HostToContainer"),
                mount("data", "/c").recursiveReadOnly("enabled").readOnly(true)));
    assertReports(
        rule,
        spec,
        "spec.containers[0].volumeMounts.recursiveReadOnly",
        "spec.containers[0].volumeMounts.recursiveReadOnly",
        "spec.containers[0].volumeMounts.recursiveReadOnly");
    // before 1.31 the RecursiveReadOnlyMounts gate is off and the field is dropped
    assertThat(run(rule, spec, KubernetesVersion.of(1, 30))).isEmpty();
    assertClean(
        rule,
        podWith(
            mounting(
                "app",
                mount("data", "/a").recursiveReadOnly("Enabled").readOnly(true),
                mount("data", "/b")
                    .recursiveReadOnly("IfPossible")
                    .readOnly(true)
                    .mountPropagation("None"),
                mount("data", "/c").recursiveReadOnly("Disabled"))));
  }

  @Test
  void mountDeviceConflict() {
    MountRule rule = MountRule.MOUNT_DEVICE_CONFLICT;
    assertReports(
        rule,
        podWith(
            mounting("app", mount("block", "/data"), mount("data", "/dev/xvda"))
                .volumeDevices(new ArrayList<>(List.of(device("block", "/dev/xvda"))))),
        "spec.containers[0].volumeMounts[0].name",
        "spec.containers[0].volumeMounts[1].mountPath",
        "spec.containers[0].volumeDevices[0].name",
        "spec.containers[0].volumeDevices[0].devicePath");
    assertClean(
        rule,
        podWith(
            mounting("app", mount("data", "/data"))
                .volumeDevices(new ArrayList<>(List.of(device("block", "/dev/xvda")))),
            mounting("side", mount("block", "/dev/xvda")),
            mounting("third", mount("null", "null"))
                .volumeDevices(new ArrayList<>(List.of(new V1VolumeDevice())))));
  }

  @Test
  void deviceFields() {
    MountRule rule = MountRule.DEVICE_FIELDS;
    assertReports(
        rule,
        podWith(
            container("app")
                .volumeDevices(
                    new ArrayList<>(
                        Arrays.asList(
                            device("block", "/dev/xvda"),
                            device("block", "/dev/xvda"),
                            device("", ""),
                            null,
                            device("nope", "/dev/../xvdb"))))),
        "spec.containers[0].volumeDevices[1].name",
        "spec.containers[0].volumeDevices[1].devicePath",
        "spec.containers[0].volumeDevices[2].name",
        "spec.containers[0].volumeDevices[2].devicePath",
        "spec.containers[0].volumeDevices[4].name",
        "spec.containers[0].volumeDevices[4].devicePath");
    assertClean(
        rule,
        podWith(
            container("app")
                .volumeDevices(
                    new ArrayList<>(
                        List.of(device("block", "/dev/xvda"), device("scratch", "/dev/xvdb"))))));
  }

  @Test
  void deviceSourcePvcOnly() {
    MountRule rule = MountRule.DEVICE_SOURCE_PVC_ONLY;
    assertReports(
        rule,
        podWith(
            container("app").volumeDevices(new ArrayList<>(List.of(device("data", "/dev/xvda"))))),
        "spec.containers[0].volumeDevices[0].name");
    assertClean(
        rule,
        podWith(
            container("app")
                .volumeDevices(
                    new ArrayList<>(
                        List.of(
                            device("block", "/dev/a"),
                            device("scratch", "/dev/b"),
                            device("unknown", "/dev/c"))))));
  }
}
