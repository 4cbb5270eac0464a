package dev.podwright.validation.rules.runtime;

import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecRule;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1DownwardAPIProjection;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1ImageVolumeSource;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1PodOS;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeDevice;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuntimeHazardRulesTest {

  static V1Container c(String name) {
    return new V1Container().name(name).image("busybox:1.36");
  }

  static V1Container sidecar(String name) {
    return c(name).restartPolicy("Always");
  }

  static V1ContainerPort port(int number) {
    return new V1ContainerPort().containerPort(number);
  }

  static V1VolumeMount mount(String volume, String path) {
    return new V1VolumeMount().name(volume).mountPath(path);
  }

  static V1PodSpec pod(V1Container... containers) {
    return new V1PodSpec().containers(List.of(containers));
  }

  static void assertOne(List<Violation> found, String id, String path, Severity severity) {
    assertThat(found)
        .extracting(Violation::ruleId, Violation::path, Violation::severity)
        .containsExactly(tuple(id, path, severity));
  }

  @Nested
  class PortBindConflict {
    final PodSpecRule rule = RuntimeHazardRule.RT_PORT_BIND_CONFLICT;

    @Test
    void sidecarAndAppOnOnePort() {
      V1PodSpec spec =
          pod(c("app").addPortsItem(port(8080)))
              .initContainers(List.of(sidecar("proxy").addPortsItem(port(8080))));
      List<Violation> found = run(rule, spec);
      assertOne(
          found,
          "RT_PORT_BIND_CONFLICT",
          "spec.containers[0].ports[0].containerPort",
          Severity.WARNING);
      assertThat(found.get(0).message()).contains("\"app\"", "8080/TCP", "\"proxy\"");
    }

    @Test
    void otherProtocolOrPlainInitContainerIsFine() {
      V1PodSpec spec =
          pod(c("app").addPortsItem(port(53)), c("dns").addPortsItem(port(53).protocol("UDP")))
              .initContainers(List.of(c("setup").addPortsItem(port(53))));
      assertThat(run(rule, spec)).isEmpty();
    }

    @Test
    void explicitTcpEqualsTheDefault() {
      V1PodSpec spec =
          pod(c("a").addPortsItem(port(80)), c("b").addPortsItem(port(80).protocol("TCP")));
      assertOne(
          run(rule, spec),
          "RT_PORT_BIND_CONFLICT",
          "spec.containers[1].ports[0].containerPort",
          Severity.WARNING);
    }
  }

  @Nested
  class ImageTag {
    final PodSpecRule rule = RuntimeHazardRule.RT_IMAGE_UNTAGGED_ALWAYS_PULL;

    @Test
    void untaggedLatestAndRegistryPortWithoutTag() {
      V1PodSpec spec =
          pod(
              c("a").image("busybox"),
              c("b").image("busybox:latest"),
              c("c").image("registry.local:5000/team/app"),
              c("d").image("busybox:1.36"),
              c("e").image("registry.local:5000/team/app:2.0"),
              c("f").image("busybox@sha256:0123456789abcdef"));
      assertThat(run(rule, spec))
          .extracting(Violation::path, Violation::severity)
          .containsExactly(
              tuple("spec.containers[0].image", Severity.WARNING),
              tuple("spec.containers[1].image", Severity.WARNING),
              tuple("spec.containers[2].image", Severity.WARNING));
    }

    @Test
    void imageVolumes() {
      V1PodSpec spec =
          pod(c("a"))
              .volumes(
                  List.of(
                      new V1Volume().name("v").image(new V1ImageVolumeSource().reference("tools")),
                      new V1Volume()
                          .name("w")
                          .image(new V1ImageVolumeSource().reference("tools:1.0"))));
      assertOne(
          run(rule, spec),
          "RT_IMAGE_UNTAGGED_ALWAYS_PULL",
          "spec.volumes[0].image.reference",
          Severity.WARNING);
    }
  }

  @Nested
  class SidecarOrdering {
    final PodSpecRule rule = RuntimeHazardRule.RT_SIDECAR_ORDERING;

    @Test
    void sidecarAfterPlainInit() {
      V1PodSpec spec = pod(c("app")).initContainers(List.of(c("migrate"), sidecar("proxy")));
      List<Violation> found = run(rule, spec);
      assertOne(
          found, "RT_SIDECAR_ORDERING", "spec.initContainers[1].restartPolicy", Severity.INFO);
      assertThat(found.get(0).message()).contains("\"proxy\"", "\"migrate\"");
    }

    @Test
    void sidecarFirstIsFine() {
      V1PodSpec spec = pod(c("app")).initContainers(List.of(sidecar("proxy"), c("migrate")));
      assertThat(run(rule, spec)).isEmpty();
    }
  }

  @Nested
  class SidecarStartupProbe {
    final PodSpecRule rule = RuntimeHazardRule.RT_SIDECAR_NO_STARTUP_PROBE;

    @Test
    void servingSidecarWithoutStartupProbe() {
      V1PodSpec spec =
          pod(c("app")).initContainers(List.of(sidecar("proxy").addPortsItem(port(15001))));
      assertOne(
          run(rule, spec),
          "RT_SIDECAR_NO_STARTUP_PROBE",
          "spec.initContainers[0].startupProbe",
          Severity.WARNING);
    }

    @Test
    void probeHookOrNoPortsIsFine() {
      V1Probe probe = new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString(1)));
      V1Lifecycle hook =
          new V1Lifecycle()
              .postStart(
                  new V1LifecycleHandler()
                      .exec(
                          new io.kubernetes.client.openapi.models.V1ExecAction()
                              .command(List.of("wait"))));
      V1PodSpec spec =
          pod(c("app").addPortsItem(port(8080)))
              .initContainers(
                  List.of(
                      sidecar("a").addPortsItem(port(1)).startupProbe(probe),
                      sidecar("b").addPortsItem(port(2)).lifecycle(hook),
                      sidecar("c"),
                      c("init").addPortsItem(port(3))));
      assertThat(run(rule, spec)).isEmpty();
    }
  }

  @Nested
  class JobLegacySidecar {
    final PodSpecRule rule = RuntimeHazardRule.RT_JOB_LEGACY_SIDECAR;

    @Test
    void secondRegularContainerInAJob() {
      V1PodSpec spec = pod(c("job"), c("log-shipper"));
      assertOne(
          run(rule, spec, HostPolicy.none(), true),
          "RT_JOB_LEGACY_SIDECAR",
          "spec.containers[1]",
          Severity.WARNING);
    }

    @Test
    void notAJobOrNativeSidecar() {
      assertThat(run(rule, pod(c("web"), c("log-shipper")), HostPolicy.none(), false)).isEmpty();
      V1PodSpec job = pod(c("job")).initContainers(List.of(sidecar("log-shipper")));
      assertThat(run(rule, job, HostPolicy.none(), true)).isEmpty();
    }
  }

  @Nested
  class QosDowngrade {
    final PodSpecRule rule = RuntimeHazardRule.RT_QOS_DOWNGRADE;

    V1ResourceRequirements guaranteed() {
      Map<String, Quantity> r = Map.of("cpu", new Quantity("100m"), "memory", new Quantity("64Mi"));
      return new V1ResourceRequirements().requests(r).limits(r);
    }

    @Test
    void sidecarWithoutResourcesNextToGuaranteedApp() {
      V1PodSpec spec =
          pod(c("app").resources(guaranteed())).initContainers(List.of(sidecar("proxy")));
      assertOne(
          run(rule, spec),
          "RT_QOS_DOWNGRADE",
          "spec.initContainers[0].resources",
          Severity.WARNING);
    }

    @Test
    void allOrNoneIsFine() {
      assertThat(run(rule, pod(c("a"), c("b").resources(new V1ResourceRequirements())))).isEmpty();
      assertThat(run(rule, pod(c("a").resources(guaranteed()), c("b").resources(guaranteed()))))
          .isEmpty();
    }
  }

  @Nested
  class NamedProbePort {
    final PodSpecRule rule = RuntimeHazardRule.RT_NAMED_PROBE_PORT_OTHER_CONTAINER;

    V1Probe http(String portName) {
      return new V1Probe().httpGet(new V1HTTPGetAction().port(new IntOrString(portName)));
    }

    @Test
    void portNameOfAnotherContainer() {
      V1PodSpec spec =
          pod(c("app").readinessProbe(http("metrics")))
              .initContainers(
                  List.of(sidecar("exporter").addPortsItem(port(9090).name("metrics"))));
      List<Violation> found = run(rule, spec);
      assertOne(
          found,
          "RT_NAMED_PROBE_PORT_OTHER_CONTAINER",
          "spec.containers[0].readinessProbe.httpGet.port",
          Severity.ERROR);
      assertThat(found.get(0).message()).contains("\"metrics\"", "\"exporter\"");
    }

    @Test
    void lifecycleHttpGetTooButNotTcpSocketHooks() {
      V1PodSpec spec =
          pod(
              c("app")
                  .lifecycle(
                      new V1Lifecycle()
                          .postStart(
                              new V1LifecycleHandler()
                                  .httpGet(new V1HTTPGetAction().port(new IntOrString("admin"))))
                          .preStop(
                              new V1LifecycleHandler()
                                  .tcpSocket(
                                      new V1TCPSocketAction().port(new IntOrString("admin"))))),
              c("other").addPortsItem(port(9000).name("admin")));
      // the tcpSocket hook fails whatever its port: RT_LIFECYCLE_TCPSOCKET alone reports it
      assertOne(
          run(rule, spec),
          "RT_NAMED_PROBE_PORT_OTHER_CONTAINER",
          "spec.containers[0].lifecycle.postStart.httpGet.port",
          Severity.ERROR);
    }

    @Test
    void ownPortNumberOrUnknownNameIsNotThisRule() {
      V1PodSpec spec =
          pod(
              c("app").addPortsItem(port(8080).name("http")).livenessProbe(http("http")),
              c("b")
                  .livenessProbe(
                      new V1Probe().httpGet(new V1HTTPGetAction().port(new IntOrString(8080)))),
              c("c").livenessProbe(http("nowhere")),
              c("d").addPortsItem(port(8081).name("http")).livenessProbe(http("http")));
      assertThat(run(rule, spec)).isEmpty();
    }
  }

  @Nested
  class EnvExpansionOrder {
    final PodSpecRule rule = RuntimeHazardRule.RT_ENV_EXPANSION_ORDER;

    V1EnvVar env(String name, String value) {
      return new V1EnvVar().name(name).value(value);
    }

    @Test
    void referenceToALaterVariable() {
      V1PodSpec spec =
          pod(c("app").env(List.of(env("URL", "http://$(HOST):80"), env("HOST", "db"))));
      List<Violation> found = run(rule, spec);
      assertOne(
          found, "RT_ENV_EXPANSION_ORDER", "spec.containers[0].env[0].value", Severity.WARNING);
      assertThat(found.get(0).message()).contains("$(HOST)", "later", "env[1]");
    }

    @Test
    void undefinedInEnvAndArgs() {
      V1PodSpec spec =
          pod(
              c("app")
                  .env(List.of(env("A", "$(MISSING)")))
                  .command(List.of("run"))
                  .args(List.of("--x=$(A)", "--y=$(ALSO_MISSING)")));
      assertThat(run(rule, spec))
          .extracting(Violation::path)
          .containsExactly("spec.containers[0].env[0].value", "spec.containers[0].args[1]");
    }

    @Test
    void earlierEscapedServiceLinksShellAndEnvFromAreFine() {
      V1PodSpec spec =
          pod(
              c("a")
                  .env(
                      List.of(
                          env("HOST", "db"),
                          env("URL", "http://$(HOST)/"),
                          env("LITERAL", "$$(LATER)"),
                          env("LATER", "x"),
                          env("SVC", "$(REDIS_SERVICE_HOST):$(REDIS_SERVICE_PORT)"),
                          env("API", "$(KUBERNETES_SERVICE_HOST)")))
                  .args(List.of("sh", "-c", "echo $(hostname) $(date +%s) $(LATER)")),
              c("b")
                  .envFrom(
                      List.of(new V1EnvFromSource().secretRef(new V1SecretEnvSource().name("s"))))
                  .env(List.of(env("X", "$(FROM_SECRET)")))
                  .args(List.of("$(ALSO_FROM_SECRET)")));
      assertThat(run(rule, spec)).isEmpty();
    }

    @Test
    void referencesParser() {
      assertThat(EnvHazardChecks.references("a$(B)c$$(D)$(E")).containsExactly("B");
      assertThat(EnvHazardChecks.references("$()$(X)$")).containsExactly("X");
    }
  }

  @Nested
  class MountPaths {
    @Test
    void relativeMountPath() {
      V1PodSpec spec = pod(c("app").addVolumeMountsItem(mount("v", "data")));
      List<Violation> found = run(RuntimeHazardRule.RT_MOUNTPATH_RELATIVE_OR_ODD, spec);
      assertOne(
          found,
          "RT_MOUNTPATH_RELATIVE_OR_ODD",
          "spec.containers[0].volumeMounts[0].mountPath",
          Severity.WARNING);
      assertThat(found.get(0).message()).contains("\"/data\"");
    }

    @Test
    void absoluteOrWindowsIsFine() {
      assertThat(
              run(
                  RuntimeHazardRule.RT_MOUNTPATH_RELATIVE_OR_ODD,
                  pod(c("a").addVolumeMountsItem(mount("v", "/data")))))
          .isEmpty();
      V1PodSpec windows =
          pod(c("a").addVolumeMountsItem(mount("v", "data"))).os(new V1PodOS().name("windows"));
      assertThat(run(RuntimeHazardRule.RT_MOUNTPATH_RELATIVE_OR_ODD, windows)).isEmpty();
      assertThat(
              run(
                  RuntimeHazardRule.RT_MOUNTPATH_RELATIVE_OR_ODD,
                  pod(c("a").addVolumeMountsItem(mount("v", "C:\\data")))))
          .isEmpty();
    }

    @Test
    void trailingSlashTwin() {
      V1PodSpec spec =
          pod(c("app").volumeMounts(List.of(mount("a", "/data"), mount("b", "/data/"))));
      assertOne(
          run(RuntimeHazardRule.RT_MOUNTPATH_TWIN, spec),
          "RT_MOUNTPATH_TWIN",
          "spec.containers[0].volumeMounts[1].mountPath",
          Severity.WARNING);
    }

    @Test
    void exactDuplicatesAndSiblingsAreNotTwins() {
      V1PodSpec spec =
          pod(
              c("app")
                  .volumeMounts(
                      List.of(mount("a", "/data"), mount("b", "/data"), mount("c", "/data2"))),
              c("other").volumeMounts(List.of(mount("a", "/data/"))));
      assertThat(run(RuntimeHazardRule.RT_MOUNTPATH_TWIN, spec)).isEmpty();
    }

    @Test
    void nestedMountInEitherOrder() {
      V1PodSpec spec =
          pod(
              c("a")
                  .volumeMounts(
                      List.of(mount("outer", "/etc/app"), mount("inner", "/etc/app/conf"))),
              c("b").volumeMounts(List.of(mount("inner", "/x/y//z/"), mount("outer", "/x"))));
      assertThat(run(RuntimeHazardRule.RT_MOUNT_SHADOWING, spec))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple(
                  "RT_MOUNT_SHADOWING",
                  "spec.containers[0].volumeMounts[1].mountPath",
                  Severity.INFO),
              tuple(
                  "RT_MOUNT_SHADOWING",
                  "spec.containers[1].volumeMounts[0].mountPath",
                  Severity.INFO));
    }

    @Test
    void prefixThatIsNotAParentIsFine() {
      V1PodSpec spec =
          pod(c("a").volumeMounts(List.of(mount("a", "/ab"), mount("b", "/a"), mount("c", "/"))));
      assertThat(run(RuntimeHazardRule.RT_MOUNT_SHADOWING, spec)).isEmpty();
    }
  }

  @Nested
  class EmptyDirMedium {
    final PodSpecRule rule = RuntimeHazardRule.RT_EMPTYDIR_MEDIUM;

    V1Volume volume(String medium) {
      return new V1Volume().name("v").emptyDir(new V1EmptyDirVolumeSource().medium(medium));
    }

    @Test
    void misspelledMediumSuggestsTheNearest() {
      V1PodSpec spec =
          pod(c("a")).volumes(List.of(volume("memory"), volume("hugepages-2Mi"), volume("Memroy")));
      List<Violation> found = run(rule, spec);
      assertThat(found)
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple("RT_EMPTYDIR_MEDIUM", "spec.volumes[0].emptyDir.medium", Severity.ERROR),
              tuple("RT_EMPTYDIR_MEDIUM", "spec.volumes[1].emptyDir.medium", Severity.ERROR),
              tuple("RT_EMPTYDIR_MEDIUM", "spec.volumes[2].emptyDir.medium", Severity.ERROR));
      assertThat(found.get(0).message()).contains("did you mean \"Memory\"");
      assertThat(found.get(1).message()).contains("did you mean \"HugePages-2Mi\"");
      assertThat(found.get(2).message()).contains("did you mean \"Memory\"");
    }

    @Test
    void knownMediaAreFine() {
      V1PodSpec spec =
          pod(c("a"))
              .volumes(
                  List.of(
                      volume(""),
                      volume("Memory"),
                      volume("HugePages"),
                      volume("HugePages-1Gi"),
                      new V1Volume().name("x").emptyDir(new V1EmptyDirVolumeSource())));
      assertThat(run(rule, spec)).isEmpty();
      assertThat(run(rule, pod(c("a")).volumes(List.of(volume("HugePages-huge"))))).hasSize(1);
    }
  }

  @Nested
  class UnusedVolume {
    final PodSpecRule rule = RuntimeHazardRule.RT_VOLUME_UNUSED;

    @Test
    void declaredButNeverMounted() {
      V1PodSpec spec =
          pod(c("a").addVolumeMountsItem(mount("used", "/u")))
              .volumes(List.of(new V1Volume().name("used"), new V1Volume().name("forgotten")));
      assertOne(run(rule, spec), "RT_VOLUME_UNUSED", "spec.volumes[1]", Severity.INFO);
    }

    @Test
    void mountsInInitContainersAndDevicesCount() {
      V1PodSpec spec =
          pod(c("a").addVolumeDevicesItem(new V1VolumeDevice().name("block").devicePath("/dev/b")))
              .initContainers(List.of(c("i").addVolumeMountsItem(mount("cache", "/c"))))
              .volumes(List.of(new V1Volume().name("block"), new V1Volume().name("cache")));
      assertThat(run(rule, spec)).isEmpty();
    }
  }

  @Nested
  class SidecarHostPortConflict {
    final PodSpecRule rule = RuntimeHazardRule.RT_SIDECAR_HOSTPORT_CONFLICT;

    @Test
    void sidecarAndAppOnOneHostPort() {
      V1PodSpec spec =
          pod(c("app").addPortsItem(port(8080).hostPort(9000)))
              .initContainers(List.of(sidecar("proxy").addPortsItem(port(15000).hostPort(9000))));
      assertOne(
          run(rule, spec),
          "RT_SIDECAR_HOSTPORT_CONFLICT",
          "spec.containers[0].ports[0].hostPort",
          Severity.ERROR);
    }

    @Test
    void regularPairsPlainInitsAndOtherProtocolsAreNotThisRule() {
      V1PodSpec spec =
          pod(
                  c("a").addPortsItem(port(1).hostPort(9000)),
                  c("b").addPortsItem(port(2).hostPort(9000)))
              .initContainers(
                  List.of(
                      c("setup").addPortsItem(port(3).hostPort(9000)),
                      sidecar("udp").addPortsItem(port(4).hostPort(9000).protocol("UDP"))));
      assertThat(run(rule, spec)).isEmpty();
    }
  }

  @Nested
  class HostNetworkSidecarPorts {
    final PodSpecRule rule = RuntimeHazardRule.RT_HOSTNETWORK_SIDECAR_PORTS;

    @Test
    void mismatchedSidecarHostPort() {
      V1PodSpec spec =
          pod(c("app"))
              .hostNetwork(true)
              .initContainers(List.of(sidecar("proxy").addPortsItem(port(15000).hostPort(16000))));
      assertOne(
          run(rule, spec),
          "RT_HOSTNETWORK_SIDECAR_PORTS",
          "spec.initContainers[0].ports[0].hostPort",
          Severity.WARNING);
    }

    @Test
    void matchingOrNotHostNetwork() {
      V1PodSpec spec =
          pod(c("app"))
              .hostNetwork(true)
              .initContainers(List.of(sidecar("proxy").addPortsItem(port(15000).hostPort(15000))));
      assertThat(run(rule, spec)).isEmpty();
      V1PodSpec notHost =
          pod(c("app"))
              .initContainers(List.of(sidecar("proxy").addPortsItem(port(15000).hostPort(16000))));
      assertThat(run(rule, notHost)).isEmpty();
    }
  }

  @Nested
  class LifecycleTcpSocket {
    final PodSpecRule rule = RuntimeHazardRule.RT_LIFECYCLE_TCPSOCKET;

    V1LifecycleHandler tcp() {
      return new V1LifecycleHandler().tcpSocket(new V1TCPSocketAction().port(new IntOrString(80)));
    }

    @Test
    void postStartIsAnErrorPreStopAWarning() {
      V1PodSpec spec = pod(c("app").lifecycle(new V1Lifecycle().postStart(tcp()).preStop(tcp())));
      assertThat(run(rule, spec))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple(
                  "RT_LIFECYCLE_TCPSOCKET",
                  "spec.containers[0].lifecycle.postStart.tcpSocket",
                  Severity.ERROR),
              tuple(
                  "RT_LIFECYCLE_TCPSOCKET",
                  "spec.containers[0].lifecycle.preStop.tcpSocket",
                  Severity.WARNING));
    }

    @Test
    void otherHandlersAreFine() {
      V1PodSpec spec =
          pod(
              c("app")
                  .lifecycle(
                      new V1Lifecycle()
                          .preStop(
                              new V1LifecycleHandler()
                                  .httpGet(new V1HTTPGetAction().port(new IntOrString(80))))));
      assertThat(run(rule, spec)).isEmpty();
    }
  }

  @Nested
  class DownwardApiContainerName {
    final PodSpecRule rule = RuntimeHazardRule.RT_DOWNWARDAPI_VOL_CONTAINERNAME;

    V1DownwardAPIVolumeFile file(String container) {
      return new V1DownwardAPIVolumeFile()
          .path("cpu")
          .resourceFieldRef(
              new V1ResourceFieldSelector().containerName(container).resource("limits.cpu"));
    }

    @Test
    void unknownContainerInPlainAndProjectedVolumes() {
      V1PodSpec spec =
          pod(c("app"))
              .initContainers(List.of(sidecar("proxy")))
              .volumes(
                  List.of(
                      new V1Volume()
                          .name("d")
                          .downwardAPI(
                              new V1DownwardAPIVolumeSource()
                                  .items(List.of(file("app"), file("ap")))),
                      new V1Volume()
                          .name("p")
                          .projected(
                              new V1ProjectedVolumeSource()
                                  .sources(
                                      List.of(
                                          new V1VolumeProjection()
                                              .downwardAPI(
                                                  new V1DownwardAPIProjection()
                                                      .items(
                                                          List.of(
                                                              file("proxy"), file("gone")))))))));
      assertThat(run(rule, spec))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple(
                  "RT_DOWNWARDAPI_VOL_CONTAINERNAME",
                  "spec.volumes[0].downwardAPI.items[1].resourceFieldRef.containerName",
                  Severity.ERROR),
              tuple(
                  "RT_DOWNWARDAPI_VOL_CONTAINERNAME",
                  "spec.volumes[1].projected.sources[0].downwardAPI.items[1].resourceFieldRef.containerName",
                  Severity.ERROR));
    }

    @Test
    void knownContainersAreFine() {
      V1PodSpec spec =
          pod(c("app"))
              .volumes(
                  List.of(
                      new V1Volume()
                          .name("d")
                          .downwardAPI(
                              new V1DownwardAPIVolumeSource().items(List.of(file("app"))))));
      assertThat(run(rule, spec)).isEmpty();
    }
  }

  @Nested
  class SubPathNoUpdates {
    final PodSpecRule rule = RuntimeHazardRule.RT_SUBPATH_NO_UPDATES;

    @Test
    void configMapSubPath() {
      V1PodSpec spec =
          pod(c("app")
                  .volumeMounts(
                      List.of(
                          mount("conf", "/etc/app/app.yaml").subPath("app.yaml"),
                          mount("cache", "/cache/x").subPath("x"),
                          mount("conf", "/etc/whole"))))
              .volumes(
                  List.of(
                      new V1Volume()
                          .name("conf")
                          .configMap(new V1ConfigMapVolumeSource().name("c")),
                      new V1Volume().name("cache").emptyDir(new V1EmptyDirVolumeSource())));
      assertOne(
          run(rule, spec),
          "RT_SUBPATH_NO_UPDATES",
          "spec.containers[0].volumeMounts[0].subPath",
          Severity.INFO);
    }
  }

  @Test
  void pathsFollowTheSpecRoot() {
    V1PodSpec spec = pod(c("a").image("busybox"));
    List<Violation> found =
        run(
            RuntimeHazardRule.RT_IMAGE_UNTAGGED_ALWAYS_PULL,
            spec,
            HostPolicy.none(),
            false,
            KubernetesVersion.LATEST,
            FieldPath.of("spec", "template", "spec"));
    assertOne(
        found,
        "RT_IMAGE_UNTAGGED_ALWAYS_PULL",
        "spec.template.spec.containers[0].image",
        Severity.WARNING);
  }
}
