package dev.podwright.validation.pss;

import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.rules.PodSecurityRules;
import dev.podwright.validation.spi.PodSpecRule;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1NFSVolumeSource;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodOS;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1SELinuxOptions;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Sysctl;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PodSecurityChecksTest {

  static final HostPolicy BASELINE =
      HostPolicy.builder().podSecurityLevel(PodSecurityLevel.BASELINE).build();
  static final HostPolicy RESTRICTED =
      HostPolicy.builder().podSecurityLevel(PodSecurityLevel.RESTRICTED).build();

  /** A pod that passes restricted: app container plus a native sidecar. */
  static V1PodSpec compliant() {
    return new V1PodSpec()
        .securityContext(
            new V1PodSecurityContext()
                .runAsNonRoot(true)
                .seccompProfile(new V1SeccompProfile().type("RuntimeDefault")))
        .initContainers(List.of(hardened("proxy").restartPolicy("Always")))
        .containers(List.of(hardened("app")));
  }

  static V1Container hardened(String name) {
    return new V1Container()
        .name(name)
        .image("busybox:1.36")
        .securityContext(
            new V1SecurityContext()
                .allowPrivilegeEscalation(false)
                .capabilities(new V1Capabilities().drop(List.of("ALL"))));
  }

  static V1SecurityContext appSc(V1PodSpec spec) {
    return spec.getContainers().get(0).getSecurityContext();
  }

  static V1SecurityContext sidecarSc(V1PodSpec spec) {
    return spec.getInitContainers().get(0).getSecurityContext();
  }

  static PodSpecRule rule(String id) {
    return PodSecurityRules.all().stream()
        .filter(r -> r.info().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static Arguments trigger(String id, HostPolicy policy, String path, Consumer<V1PodSpec> breakIt) {
    return Arguments.of(id, policy, path, breakIt);
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        trigger("PSS_HOST_NAMESPACES", BASELINE, "spec.hostPID", s -> s.hostPID(true)),
        trigger(
            "PSS_PRIVILEGED",
            BASELINE,
            "spec.initContainers[0].securityContext.privileged",
            s -> sidecarSc(s).privileged(true)),
        trigger(
            "PSS_CAPABILITIES_BASELINE",
            BASELINE,
            "spec.containers[0].securityContext.capabilities.add[1]",
            s -> appSc(s).getCapabilities().add(List.of("CHOWN", "NET_RAW"))),
        trigger(
            "PSS_HOST_PATH_VOLUMES",
            BASELINE,
            "spec.volumes[0].hostPath",
            s ->
                s.addVolumesItem(
                    new V1Volume().name("h").hostPath(new V1HostPathVolumeSource().path("/")))),
        trigger(
            "PSS_HOST_PORTS",
            RESTRICTED,
            "spec.containers[0].ports[0].hostPort",
            s ->
                s.getContainers()
                    .get(0)
                    .addPortsItem(new V1ContainerPort().containerPort(80).hostPort(80))),
        trigger(
            "PSS_APP_ARMOR_PROFILE",
            BASELINE,
            "spec.securityContext.appArmorProfile.type",
            s ->
                s.getSecurityContext().appArmorProfile(new V1AppArmorProfile().type("Unconfined"))),
        trigger(
            "PSS_SE_LINUX_OPTIONS",
            BASELINE,
            "spec.containers[0].securityContext.seLinuxOptions.user",
            s -> appSc(s).seLinuxOptions(new V1SELinuxOptions().user("root"))),
        trigger(
            "PSS_PROC_MOUNT",
            BASELINE,
            "spec.containers[0].securityContext.procMount",
            s -> appSc(s).procMount("Unmasked")),
        trigger(
            "PSS_PROC_MOUNT_RESTRICTED",
            RESTRICTED,
            "spec.containers[0].securityContext.procMount",
            s ->
                s.hostUsers(false)
                    .getContainers()
                    .get(0)
                    .getSecurityContext()
                    .procMount("Unmasked")),
        trigger(
            "PSS_SECCOMP_PROFILE_BASELINE",
            BASELINE,
            "spec.containers[0].securityContext.seccompProfile.type",
            s -> appSc(s).seccompProfile(new V1SeccompProfile().type("Unconfined"))),
        trigger(
            "PSS_SECCOMP_PROFILE_RESTRICTED",
            RESTRICTED,
            "spec.initContainers[0].securityContext.seccompProfile.type",
            s -> sidecarSc(s).seccompProfile(new V1SeccompProfile().type("Unconfined"))),
        trigger(
            "PSS_SYSCTLS",
            BASELINE,
            "spec.securityContext.sysctls[0].name",
            s ->
                s.getSecurityContext()
                    .addSysctlsItem(new V1Sysctl().name("kernel.msgmax").value("1"))),
        trigger(
            "PSS_WINDOWS_HOST_PROCESS",
            BASELINE,
            "spec.containers[0].securityContext.windowsOptions.hostProcess",
            s -> appSc(s).windowsOptions(new V1WindowsSecurityContextOptions().hostProcess(true))),
        trigger(
            "PSS_HOST_PROBES_AND_HOST_LIFECYCLE",
            BASELINE,
            "spec.containers[0].livenessProbe.httpGet.host",
            s ->
                s.getContainers()
                    .get(0)
                    .livenessProbe(
                        new V1Probe()
                            .httpGet(
                                new V1HTTPGetAction().host("10.0.0.1").port(new IntOrString(80))))),
        trigger(
            "PSS_RESTRICTED_VOLUMES",
            RESTRICTED,
            "spec.volumes[0].nfs",
            s ->
                s.addVolumesItem(
                    new V1Volume().name("n").nfs(new V1NFSVolumeSource().server("s").path("/")))),
        trigger(
            "PSS_ALLOW_PRIVILEGE_ESCALATION",
            RESTRICTED,
            "spec.initContainers[0].securityContext.allowPrivilegeEscalation",
            s -> sidecarSc(s).allowPrivilegeEscalation(null)),
        trigger(
            "PSS_RUN_AS_NON_ROOT",
            RESTRICTED,
            "spec.containers[0].securityContext.runAsNonRoot",
            s -> appSc(s).runAsNonRoot(false)),
        trigger(
            "PSS_RUN_AS_USER",
            RESTRICTED,
            "spec.securityContext.runAsUser",
            s -> s.getSecurityContext().runAsUser(0L)),
        trigger(
            "PSS_CAPABILITIES_RESTRICTED",
            RESTRICTED,
            "spec.containers[0].securityContext.capabilities.add[0]",
            s -> appSc(s).getCapabilities().add(List.of("CHOWN"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void eachCheckFindsItsViolation(
      String id, HostPolicy policy, String path, Consumer<V1PodSpec> breakIt) {
    V1PodSpec clean = compliant();
    assertThat(run(rule(id), clean, policy)).as("the compliant pod passes %s", id).isEmpty();
    V1PodSpec broken = compliant();
    breakIt.accept(broken);
    assertThat(run(rule(id), broken, policy))
        .extracting(Violation::ruleId, Violation::path, Violation::severity)
        .containsExactly(tuple(id, path, Severity.ERROR));
    assertThat(run(rule(id), broken, HostPolicy.none())).as("inactive without a level").isEmpty();
  }

  @Test
  void everyCheckIsCoveredAbove() {
    assertThat(violations().map(a -> (String) a.get()[0]))
        .containsExactlyInAnyOrderElementsOf(
            PodSecurityRules.all().stream().map(r -> r.info().id()).toList());
  }

  @Test
  void restrictedRulesAreInactiveAtBaseline() {
    V1PodSpec spec = new V1PodSpec().containers(List.of(new V1Container().name("a").image("x:1")));
    for (PodSpecRule r : PodSecurityRules.all()) {
      assertThat(run(r, spec, BASELINE)).as(r.info().id()).isEmpty();
    }
    assertThat(
            PodSecurityRules.all().stream()
                .filter(r -> !run(r, spec, RESTRICTED).isEmpty())
                .map(r -> r.info().id()))
        .containsExactly(
            "PSS_ALLOW_PRIVILEGE_ESCALATION",
            "PSS_RUN_AS_NON_ROOT",
            "PSS_SECCOMP_PROFILE_RESTRICTED",
            "PSS_CAPABILITIES_RESTRICTED");
  }

  @Test
  void baselineChecksReplacedAtRestricted() {
    V1PodSpec spec = compliant();
    appSc(spec).getCapabilities().add(List.of("NET_RAW"));
    spec.addVolumesItem(new V1Volume().name("h").hostPath(new V1HostPathVolumeSource().path("/")));
    assertThat(run(rule("PSS_CAPABILITIES_BASELINE"), spec, RESTRICTED)).isEmpty();
    assertThat(run(rule("PSS_HOST_PATH_VOLUMES"), spec, RESTRICTED)).isEmpty();
    assertThat(run(rule("PSS_CAPABILITIES_RESTRICTED"), spec, RESTRICTED)).hasSize(1);
    assertThat(run(rule("PSS_RESTRICTED_VOLUMES"), spec, RESTRICTED))
        .extracting(Violation::path)
        .containsExactly("spec.volumes[0].hostPath");
  }

  @Test
  void userNamespacesRelaxRunAsAndBaselineProcMount() {
    V1PodSpec spec = compliant().hostUsers(false);
    spec.getSecurityContext().runAsNonRoot(null).runAsUser(0L);
    appSc(spec).procMount("Unmasked");
    assertThat(run(rule("PSS_RUN_AS_NON_ROOT"), spec, RESTRICTED)).isEmpty();
    assertThat(run(rule("PSS_RUN_AS_USER"), spec, RESTRICTED)).isEmpty();
    assertThat(run(rule("PSS_PROC_MOUNT"), spec, BASELINE)).isEmpty();
    assertThat(run(rule("PSS_PROC_MOUNT_RESTRICTED"), spec, RESTRICTED)).hasSize(1);
  }

  @Test
  void windowsPodsAreExemptFromLinuxOnlyChecks() {
    V1PodSpec spec =
        new V1PodSpec()
            .os(new V1PodOS().name("windows"))
            .securityContext(new V1PodSecurityContext().runAsNonRoot(true))
            .containers(List.of(new V1Container().name("a").image("x:1")));
    for (PodSpecRule r : PodSecurityRules.all()) {
      assertThat(run(r, spec, RESTRICTED)).as(r.info().id()).isEmpty();
    }
  }

  @Test
  void versionGates() {
    V1PodSpec spec = compliant();
    spec.getContainers()
        .get(0)
        .readinessProbe(
            new V1Probe().httpGet(new V1HTTPGetAction().host("h").port(new IntOrString(1))));
    spec.getSecurityContext()
        .addSysctlsItem(new V1Sysctl().name("net.ipv4.tcp_rmem").value("4096 87380 6291456"));
    PodSpecRule probes = rule("PSS_HOST_PROBES_AND_HOST_LIFECYCLE");
    PodSpecRule sysctls = rule("PSS_SYSCTLS");
    KubernetesVersion old = KubernetesVersion.of(1, 31);
    FieldPath root = FieldPath.of("spec");
    assertThat(run(probes, spec, BASELINE, false, old, root)).isEmpty();
    assertThat(run(sysctls, spec, BASELINE, false, old, root)).hasSize(1);
    assertThat(run(probes, spec, BASELINE)).hasSize(1);
    assertThat(run(sysctls, spec, BASELINE)).isEmpty();
  }

  @Test
  void implicitViolationsNameEachContainer() {
    V1PodSpec spec = compliant();
    spec.getSecurityContext().runAsNonRoot(null).seccompProfile(null);
    List<Violation> found = run(rule("PSS_RUN_AS_NON_ROOT"), spec, RESTRICTED);
    assertThat(found)
        .extracting(Violation::path)
        .containsExactly(
            "spec.initContainers[0].securityContext.runAsNonRoot",
            "spec.containers[0].securityContext.runAsNonRoot");
    assertThat(found.get(0).message())
        .isEqualTo(
            "runAsNonRoot != true (pod or container \"proxy\" must set"
                + " securityContext.runAsNonRoot=true)");
    assertThat(run(rule("PSS_SECCOMP_PROFILE_RESTRICTED"), spec, RESTRICTED)).hasSize(2);
  }

  @Test
  void facadeSeesAnnotationsAndEphemeralContainers() {
    V1PodSpec spec = compliant();
    spec.ephemeralContainers(
        List.of(
            new V1EphemeralContainer()
                .name("debug")
                .image("busybox:1.36")
                .securityContext(new V1SecurityContext().privileged(true))));
    V1ObjectMeta meta =
        new V1ObjectMeta()
            .annotations(
                Map.of(
                    "container.apparmor.security.beta.kubernetes.io/app", "unconfined",
                    "container.apparmor.security.beta.kubernetes.io/proxy", "runtime/default"));
    ValidationReport report =
        PodSecurityStandards.evaluate(
            meta, spec, PodSecurityLevel.BASELINE, KubernetesVersion.LATEST);
    assertThat(report.violations())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            tuple("PSS_PRIVILEGED", "spec.ephemeralContainers[0].securityContext.privileged"),
            tuple(
                "PSS_APP_ARMOR_PROFILE",
                "metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]"));
    assertThat(
            PodSecurityStandards.evaluate(
                    meta, spec, PodSecurityLevel.PRIVILEGED, KubernetesVersion.LATEST)
                .violations())
        .isEmpty();
  }
}
