package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.ModelCopies;
import dev.podwright.model.Action;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.DownwardApiItem;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.Port;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1DownwardAPIProjection;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1GRPCAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HTTPHeader;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SELinuxOptions;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1SleepAction;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every converter from the official models: a fully populated object, converted to the model and
 * emitted again, equals the original, whole; lists keep their order; what the model cannot say is
 * refused with a message naming it.
 */
class ConvertersRoundTripTest {

  // ---------------------------------------------------------------- fully populated originals

  private static List<V1EnvVar> everyEnvForm() {
    return List.of(
        new V1EnvVar().name("Z_LITERAL").value("$(A_SECRET)/x"),
        new V1EnvVar().name("EMPTY").value(""),
        new V1EnvVar()
            .name("A_SECRET")
            .valueFrom(
                new V1EnvVarSource()
                    .secretKeyRef(new V1SecretKeySelector().name("s").key("k").optional(true))),
        new V1EnvVar()
            .name("CONFIG")
            .valueFrom(
                new V1EnvVarSource()
                    .configMapKeyRef(
                        new V1ConfigMapKeySelector().name("c").key("k").optional(false))),
        new V1EnvVar()
            .name("POD")
            .valueFrom(
                new V1EnvVarSource()
                    .fieldRef(
                        new V1ObjectFieldSelector().fieldPath("metadata.name").apiVersion("v1"))),
        new V1EnvVar()
            .name("MEM")
            .valueFrom(
                new V1EnvVarSource()
                    .resourceFieldRef(
                        new V1ResourceFieldSelector()
                            .containerName("app")
                            .resource("limits.memory")
                            .divisor(Quantity.fromString("1Mi")))),
        new V1EnvVar()
            .name("FROM_FILE")
            .valueFrom(
                new V1EnvVarSource()
                    .fileKeyRef(
                        new V1FileKeySelector()
                            .volumeName("config")
                            .path("app.env")
                            .key("TOKEN")
                            .optional(true))));
  }

  private static List<V1EnvFromSource> everyEnvFrom() {
    return List.of(
        new V1EnvFromSource()
            .prefix("DB_")
            .secretRef(new V1SecretEnvSource().name("db").optional(true)),
        new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource().name("app").optional(false)));
  }

  private static List<V1VolumeMount> everyMount() {
    return List.of(
        new V1VolumeMount()
            .name("data")
            .mountPath("/z")
            .subPath("a/b")
            .readOnly(true)
            .mountPropagation("HostToContainer")
            .recursiveReadOnly("Enabled"),
        new V1VolumeMount()
            .name("logs")
            .mountPath("/a")
            .subPathExpr("$(POD)")
            .mountPropagation("Bidirectional")
            .recursiveReadOnly("Disabled"),
        new V1VolumeMount()
            .name("cache")
            .mountPath("/m")
            .readOnly(true)
            .recursiveReadOnly("IfPossible"));
  }

  private static V1ResourceRequirements everyResource() {
    Map<String, Quantity> requests = new LinkedHashMap<>();
    requests.put("memory", Quantity.fromString("128Mi"));
    requests.put("cpu", Quantity.fromString("250m"));
    Map<String, Quantity> limits = new LinkedHashMap<>();
    limits.put("nvidia.com/gpu", Quantity.fromString("1"));
    limits.put("memory", Quantity.fromString("256Mi"));
    List<CoreV1ResourceClaim> claims = new ArrayList<>();
    claims.add(new CoreV1ResourceClaim().name("gpu").request("big"));
    claims.add(new CoreV1ResourceClaim().name("fpga"));
    return new V1ResourceRequirements().requests(requests).limits(limits).claims(claims);
  }

  private static List<V1ContainerPort> everyPort() {
    return List.of(
        new V1ContainerPort()
            .name("metrics")
            .containerPort(9090)
            .protocol("SCTP")
            .hostPort(19090)
            .hostIP("10.0.0.1"),
        new V1ContainerPort().containerPort(53).protocol("UDP"),
        new V1ContainerPort().containerPort(80));
  }

  private static V1HTTPGetAction httpGet() {
    return new V1HTTPGetAction()
        .path("/healthz")
        .port(new IntOrString("https"))
        .scheme("HTTPS")
        .host("localhost")
        .httpHeaders(
            new ArrayList<>(
                List.of(
                    new V1HTTPHeader().name("X-Z").value("1"),
                    new V1HTTPHeader().name("Accept").value("application/json"),
                    new V1HTTPHeader().name("X-Z").value("2"))));
  }

  private static V1Probe timed(V1Probe probe) {
    return probe
        .initialDelaySeconds(3)
        .periodSeconds(7)
        .timeoutSeconds(2)
        .successThreshold(1)
        .failureThreshold(5)
        .terminationGracePeriodSeconds(30L);
  }

  private static List<V1Probe> everyProbe() {
    return List.of(
        timed(new V1Probe().httpGet(httpGet())),
        timed(
            new V1Probe()
                .tcpSocket(new V1TCPSocketAction().port(new IntOrString(5432)).host("db"))),
        timed(
            new V1Probe()
                .exec(new V1ExecAction().command(new ArrayList<>(List.of("sh", "-c", "ok"))))),
        timed(new V1Probe().grpc(new V1GRPCAction().port(9000).service("health"))));
  }

  private static List<V1Lifecycle> everyLifecycle() {
    return List.of(
        new V1Lifecycle()
            .postStart(new V1LifecycleHandler().httpGet(httpGet()))
            .preStop(new V1LifecycleHandler().sleep(new V1SleepAction().seconds(5L)))
            .stopSignal("SIGUSR1"),
        new V1Lifecycle()
            .postStart(
                new V1LifecycleHandler()
                    .exec(new V1ExecAction().command(new ArrayList<>(List.of("touch", "/x")))))
            .preStop(
                new V1LifecycleHandler()
                    .tcpSocket(new V1TCPSocketAction().port(new IntOrString(80)).host("h"))));
  }

  private static V1SecurityContext everySecuritySetting() {
    return new V1SecurityContext()
        .runAsNonRoot(true)
        .runAsUser(1000L)
        .runAsGroup(3000L)
        .readOnlyRootFilesystem(true)
        .allowPrivilegeEscalation(false)
        .privileged(false)
        .capabilities(
            new V1Capabilities()
                .add(new ArrayList<>(List.of("SYS_TIME", "NET_ADMIN", "CHOWN")))
                .drop(new ArrayList<>(List.of("ALL"))))
        .seccompProfile(
            new V1SeccompProfile().type("Localhost").localhostProfile("profiles/audit.json"))
        .appArmorProfile(
            new V1AppArmorProfile().type("Localhost").localhostProfile("k8s-apparmor-example"))
        .seLinuxOptions(new V1SELinuxOptions().user("u").role("r").type("t").level("s0:c123,c456"))
        .procMount("Unmasked")
        .windowsOptions(
            new V1WindowsSecurityContextOptions()
                .gmsaCredentialSpecName("spec")
                .gmsaCredentialSpec("{}")
                .runAsUserName("ContainerUser")
                .hostProcess(false));
  }

  // ---------------------------------------------------------------- round trips

  @Test
  void everyEnvFormRoundTripsInOrder() {
    List<V1EnvVar> emitted = new ArrayList<>();
    for (V1EnvVar variable : everyEnvForm()) {
      emitted.add(ContainerConverter.env(EnvVar.of(variable)));
    }
    assertThat(emitted).isEqualTo(everyEnvForm());
    assertThat(EnvVar.of(everyEnvForm().get(6)))
        .isEqualTo(EnvVar.fromFile("FROM_FILE", "config", "app.env", "TOKEN").asOptional());
  }

  @Test
  void everyEnvFromRoundTripsInOrder() {
    List<V1EnvFromSource> emitted = new ArrayList<>();
    for (V1EnvFromSource source : everyEnvFrom()) {
      emitted.add(ContainerConverter.envFrom(EnvFrom.of(source)));
    }
    assertThat(emitted).isEqualTo(everyEnvFrom());
  }

  @Test
  void everyMountRoundTripsInOrder() {
    List<V1VolumeMount> emitted = new ArrayList<>();
    for (V1VolumeMount mount : everyMount()) {
      emitted.add(ContainerConverter.mount(VolumeMount.of(mount)));
    }
    assertThat(emitted).isEqualTo(everyMount());
  }

  @Test
  void readOnlyFalseIsTheDefaultAndComesBackUnset() {
    V1VolumeMount mount = new V1VolumeMount().name("v").mountPath("/v").readOnly(false);
    assertThat(ContainerConverter.mount(VolumeMount.of(mount)))
        .isEqualTo(new V1VolumeMount().name("v").mountPath("/v"));
  }

  @Test
  void resourcesRoundTripWithClaimsInOrder() {
    assertThat(ContainerConverter.resources(Resources.of(everyResource())))
        .isEqualTo(everyResource());
    assertThat(Resources.of(everyResource()).claims())
        .containsExactly(new Resources.Claim("gpu", "big"), new Resources.Claim("fpga", null));
  }

  @Test
  void everyPortRoundTripsInOrder() {
    List<V1ContainerPort> emitted = new ArrayList<>();
    for (V1ContainerPort port : everyPort()) {
      emitted.add(ContainerConverter.port(Port.of(port)));
    }
    assertThat(emitted).isEqualTo(everyPort());
  }

  @Test
  void everyProbeHandlerRoundTripsWithItsTimingAndHeadersInOrder() {
    List<V1Probe> emitted = new ArrayList<>();
    for (V1Probe probe : everyProbe()) {
      emitted.add(ContainerConverter.probe(Probe.of(probe)));
    }
    assertThat(emitted).isEqualTo(everyProbe());
    assertThat(Probe.of(everyProbe().get(0)))
        .isEqualTo(
            Probe.of(
                    Action.httpGet("/healthz", "https")
                        .withHost("localhost")
                        .withHeader("X-Z", "1")
                        .withHeader("Accept", "application/json"))
                .scheme("HTTPS")
                .header("X-Z", "2")
                .initialDelaySeconds(3)
                .periodSeconds(7)
                .timeoutSeconds(2)
                .successThreshold(1)
                .failureThreshold(5)
                .terminationGracePeriodSeconds(30));
  }

  @Test
  void everyLifecycleHandlerRoundTripsWithTheStopSignal() {
    List<V1Lifecycle> emitted = new ArrayList<>();
    for (V1Lifecycle lifecycle : everyLifecycle()) {
      emitted.add(ContainerConverter.lifecycle(Lifecycle.of(lifecycle)));
    }
    assertThat(emitted).isEqualTo(everyLifecycle());
  }

  @Test
  void everySecuritySettingRoundTripsWithCapabilitiesInOrder() {
    assertThat(SecurityContextConverter.toV1(SecurityContext.of(everySecuritySetting())))
        .isEqualTo(everySecuritySetting());
    assertThat(SecurityContext.of(everySecuritySetting()))
        .isEqualTo(
            SecurityContext.builder()
                .runAsNonRoot(true)
                .runAsUser(1000)
                .runAsGroup(3000)
                .readOnlyRootFilesystem(true)
                .allowPrivilegeEscalation(false)
                .privileged(false)
                .addCapabilities("SYS_TIME", "NET_ADMIN")
                .addCapabilities("CHOWN")
                .dropCapabilities("ALL")
                .seccompProfile("Localhost", "profiles/audit.json")
                .appArmorProfile("Localhost", "k8s-apparmor-example")
                .seLinuxOptions(new SecurityContext.SeLinuxOptions("u", "r", "t", "s0:c123,c456"))
                .procMount("Unmasked")
                .windowsOptions(
                    new SecurityContext.WindowsOptions("spec", "{}", "ContainerUser", false))
                .build());
  }

  @Test
  void theOlderFactoriesStillMakeTheSameValues() {
    assertThat(SecurityContext.restricted())
        .isEqualTo(
            new SecurityContext(
                true, null, null, null, false, null, List.of(), List.of("ALL"), "RuntimeDefault"));
    assertThat(SecurityContext.restricted().withRunAsUser(7).withReadOnlyRootFilesystem())
        .isEqualTo(
            SecurityContext.restricted().toBuilder()
                .runAsUser(7)
                .readOnlyRootFilesystem(true)
                .build());
    assertThat(SecurityContext.builder().build().isEmpty()).isTrue();
    assertThat(SecurityContext.builder().procMount("Default").build().isEmpty()).isFalse();
  }

  @Test
  void aWholeContainerOfConvertedValuesEmitsAsTheOriginal() {
    V1Container original =
        new V1Container()
            .name("app")
            .image("example/app:1")
            .env(new ArrayList<>(everyEnvForm()))
            .envFrom(new ArrayList<>(everyEnvFrom()))
            .volumeMounts(new ArrayList<>(everyMount()))
            .ports(new ArrayList<>(everyPort()))
            .resources(everyResource())
            .startupProbe(everyProbe().get(3))
            .readinessProbe(everyProbe().get(1))
            .livenessProbe(everyProbe().get(0))
            .lifecycle(everyLifecycle().get(0))
            .securityContext(everySecuritySetting());
    original.setArgs(null);
    original.setCommand(null);
    original.setResizePolicy(null);
    original.setRestartPolicyRules(null);
    original.setVolumeDevices(null);
    ContainerSpec.Builder spec = ContainerSpec.builder("app").image("example/app:1");
    for (V1EnvVar variable : original.getEnv()) {
      spec.env(EnvVar.of(variable));
    }
    for (V1EnvFromSource source : original.getEnvFrom()) {
      spec.envFrom(EnvFrom.of(source));
    }
    for (V1VolumeMount mount : original.getVolumeMounts()) {
      spec.volumeMount(VolumeMount.of(mount));
    }
    for (V1ContainerPort port : original.getPorts()) {
      spec.port(Port.of(port));
    }
    spec.resources(Resources.of(original.getResources()))
        .startupProbe(Probe.of(original.getStartupProbe()))
        .readinessProbe(Probe.of(original.getReadinessProbe()))
        .livenessProbe(Probe.of(original.getLivenessProbe()))
        .lifecycle(Lifecycle.of(original.getLifecycle()))
        .securityContext(SecurityContext.of(original.getSecurityContext()));

    V1PodSpec emitted =
        PodSpecEmitter.standard().emit(Composition.builder().mainContainer(spec.build()).build());

    assertThat(emitted.getContainers()).containsExactly(ModelCopies.deepCopy(original));
  }

  @Test
  void volumeModesAndItemsReachTheEmittedVolume() {
    V1Volume projected =
        VolumeConverter.toV1(
            Volume.projected(
                    "proj",
                    new V1VolumeProjection()
                        .downwardAPI(
                            new V1DownwardAPIProjection()
                                .items(
                                    new ArrayList<>(
                                        List.of(
                                            new V1DownwardAPIVolumeFile()
                                                .path("n")
                                                .fieldRef(
                                                    new V1ObjectFieldSelector()
                                                        .fieldPath("metadata.name")))))))
                .defaultMode(0440));
    V1Volume downward =
        VolumeConverter.toV1(
            Volume.downwardApi(
                    "info",
                    DownwardApiItem.field("name", "metadata.name").withMode(0444),
                    new DownwardApiItem(
                        "mem",
                        null,
                        "app",
                        "limits.memory",
                        0400,
                        null,
                        Quantity.fromString("1Mi")),
                    new DownwardApiItem("ns", "metadata.namespace", null, null, null, "v1", null))
                .defaultMode(0440));
    V1Volume configMap =
        VolumeConverter.toV1(
            Volume.configMap("cfg", "app")
                .items(KeyToPath.of("b", "b.txt"), new KeyToPath("a", "a.txt", 0400))
                .defaultMode(0444)
                .asOptional());
    V1Volume secret =
        VolumeConverter.toV1(
            Volume.secret("tls", "certs")
                .items(new KeyToPath("tls.key", "key.pem", 0400))
                .defaultMode(0440)
                .asOptional());

    assertThat(List.of(projected, downward, configMap, secret))
        .containsExactly(
            new V1Volume()
                .name("proj")
                .projected(
                    new V1ProjectedVolumeSource()
                        .defaultMode(0440)
                        .sources(
                            new ArrayList<>(
                                List.of(
                                    new V1VolumeProjection()
                                        .downwardAPI(
                                            new V1DownwardAPIProjection()
                                                .items(
                                                    new ArrayList<>(
                                                        List.of(
                                                            new V1DownwardAPIVolumeFile()
                                                                .path("n")
                                                                .fieldRef(
                                                                    new V1ObjectFieldSelector()
                                                                        .fieldPath(
                                                                            "metadata.name")))))))))),
            new V1Volume()
                .name("info")
                .downwardAPI(
                    new V1DownwardAPIVolumeSource()
                        .defaultMode(0440)
                        .items(
                            new ArrayList<>(
                                List.of(
                                    new V1DownwardAPIVolumeFile()
                                        .path("name")
                                        .mode(0444)
                                        .fieldRef(
                                            new V1ObjectFieldSelector().fieldPath("metadata.name")),
                                    new V1DownwardAPIVolumeFile()
                                        .path("mem")
                                        .mode(0400)
                                        .resourceFieldRef(
                                            new V1ResourceFieldSelector()
                                                .containerName("app")
                                                .resource("limits.memory")
                                                .divisor(Quantity.fromString("1Mi"))),
                                    new V1DownwardAPIVolumeFile()
                                        .path("ns")
                                        .fieldRef(
                                            new V1ObjectFieldSelector()
                                                .fieldPath("metadata.namespace")
                                                .apiVersion("v1")))))),
            new V1Volume()
                .name("cfg")
                .configMap(
                    new V1ConfigMapVolumeSource()
                        .name("app")
                        .defaultMode(0444)
                        .optional(true)
                        .items(
                            new ArrayList<>(
                                List.of(
                                    new V1KeyToPath().key("b").path("b.txt"),
                                    new V1KeyToPath().key("a").path("a.txt").mode(0400))))),
            new V1Volume()
                .name("tls")
                .secret(
                    new V1SecretVolumeSource()
                        .secretName("certs")
                        .defaultMode(0440)
                        .optional(true)
                        .items(
                            new ArrayList<>(
                                List.of(
                                    new V1KeyToPath()
                                        .key("tls.key")
                                        .path("key.pem")
                                        .mode(0400))))));
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void nullInputIsRefusedByEveryConverter() {
    assertThatThrownBy(() -> EnvVar.of((V1EnvVar) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("env var is null");
    assertThatThrownBy(() -> EnvFrom.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("envFrom source is null");
    assertThatThrownBy(() -> VolumeMount.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volume mount is null");
    assertThatThrownBy(() -> Resources.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resource requirements are null");
    assertThatThrownBy(() -> Port.of((V1ContainerPort) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("container port is null");
    assertThatThrownBy(() -> Probe.of((V1Probe) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probe is null");
    assertThatThrownBy(() -> Lifecycle.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lifecycle is null");
    assertThatThrownBy(() -> SecurityContext.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("security context is null");
  }

  @Test
  void envVarsTheModelCannotSayAreRefusedByName() {
    V1EnvVarSource secret =
        new V1EnvVarSource().secretKeyRef(new V1SecretKeySelector().name("s").key("k"));
    assertThatThrownBy(() -> EnvVar.of(new V1EnvVar().value("v")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("env var has no name");
    assertThatThrownBy(() -> EnvVar.of(new V1EnvVar().name("BOTH").value("v").valueFrom(secret)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("env var \"BOTH\" sets both value and valueFrom; Kubernetes allows one");
    assertThatThrownBy(() -> EnvVar.of(new V1EnvVar().name("NONE").valueFrom(new V1EnvVarSource())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "env var \"NONE\" has 0 sources in valueFrom; Kubernetes needs exactly one of"
                + " secretKeyRef, configMapKeyRef, fieldRef, resourceFieldRef, fileKeyRef");
    assertThatThrownBy(
            () ->
                EnvVar.of(
                    new V1EnvVar()
                        .name("TWO")
                        .valueFrom(secret.fieldRef(new V1ObjectFieldSelector().fieldPath("x")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("env var \"TWO\" has 2 sources in valueFrom");
  }

  @Test
  void otherValuesTheModelCannotSayAreRefusedSayingWhy() {
    assertThatThrownBy(() -> EnvFrom.of(new V1EnvFromSource().prefix("P_")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "envFrom source with prefix \"P_\" must name exactly one of secretRef and configMapRef");
    assertThatThrownBy(
            () ->
                VolumeMount.of(
                    new V1VolumeMount().name("v").mountPath("/v").mountPropagation("Sideways")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "volume mount of \"v\" at \"/v\": unknown mountPropagation \"Sideways\"; expected one"
                + " of [None, HostToContainer, Bidirectional]");
    assertThatThrownBy(
            () -> Resources.of(new V1ResourceRequirements().putRequestsItem("cpu", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resources.requests has no quantity for \"cpu\"");
    assertThatThrownBy(() -> Port.of(new V1ContainerPort().name("web")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("container port \"web\" has no containerPort");
    assertThatThrownBy(() -> Port.of(new V1ContainerPort().containerPort(80).protocol("QUIC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "container port 80: unknown protocol \"QUIC\"; expected one of [TCP, UDP, SCTP]");
    assertThatThrownBy(
            () ->
                Probe.of(
                    new V1Probe()
                        .tcpSocket(new V1TCPSocketAction().port(new IntOrString(1)))
                        .grpc(new V1GRPCAction().port(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probe sets 2 handlers; Kubernetes allows exactly one");
    assertThatThrownBy(() -> Probe.of(new V1Probe().grpc(new V1GRPCAction())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probe has a grpc handler without a port");
    assertThatThrownBy(() -> Lifecycle.of(new V1Lifecycle().preStop(new V1LifecycleHandler())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preStop hook sets no handler; use exec, httpGet, tcpSocket or sleep");
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(
            () ->
                SecurityContext.of(
                    new V1SecurityContext().capabilities(new V1Capabilities().drop(withNull))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capabilities.drop has a null entry");
  }

  @Test
  void aProbeWithoutAHandlerStaysWithoutOneAndEmptyCapabilitiesAreUnset() {
    V1Probe bare = new V1Probe().periodSeconds(5);
    assertThat(ContainerConverter.probe(Probe.of(bare))).isEqualTo(bare);
    assertThat(
            SecurityContextConverter.toV1(
                SecurityContext.of(
                    new V1SecurityContext().runAsUser(1L).capabilities(new V1Capabilities()))))
        .isEqualTo(new V1SecurityContext().runAsUser(1L));
  }
}
