package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Locale;

/**
 * The checks of the Pod Security Standards, as pod-security-admission implements them: one constant
 * per check, named by its rule id, declared once with the PSA check id, its lowest level, what and
 * fix; baseline first, in catalog order. A check runs only when the host policy's level includes it
 * (baseline checks at baseline and restricted, restricted checks at restricted) and the target
 * Kubernetes version has it; a baseline check that restricted replaces with a stricter one does not
 * run at restricted. The check logic lives in one package-private class per check.
 *
 * <p>Run as a {@link PodSpecRule} a check sees the pod annotations the context carries (AppArmor's
 * beta annotations); {@link PodSecurityStandards} evaluates a whole pod with its metadata.
 */
public enum PodSecurityRule implements PodSpecRule {
  /** Check {@code hostNamespaces}, logic in {@code HostNamespacesCheck}. */
  PSS_HOST_NAMESPACES(
      "hostNamespaces",
      PodSecurityLevel.BASELINE,
      "`hostNetwork`, `hostPID` and `hostIPC` must be unset or false.",
      "Remove hostNetwork/hostPID/hostIPC, or run the pod in a privileged namespace."),

  /** Check {@code privileged}, logic in {@code PrivilegedCheck}. */
  PSS_PRIVILEGED(
      "privileged",
      PodSecurityLevel.BASELINE,
      "No container (init, sidecar, regular, ephemeral) may set `securityContext.privileged:"
          + " true`.",
      "Remove `privileged: true`; grant only the capabilities the container needs."),

  /** Check {@code capabilities_baseline}, logic in {@code CapabilitiesBaselineCheck}. */
  PSS_CAPABILITIES_BASELINE(
      "capabilities_baseline",
      PodSecurityLevel.BASELINE,
      "`securityContext.capabilities.add` may hold only the default set (AUDIT_WRITE, CHOWN,"
          + " DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID,"
          + " SETPCAP, SETUID, SYS_CHROOT), spelled exactly so.",
      "Remove the capability from `capabilities.add` (names are upper case, without `CAP_`)."),

  /** Check {@code hostPathVolumes}, logic in {@code HostPathVolumesCheck}. */
  PSS_HOST_PATH_VOLUMES(
      "hostPathVolumes",
      PodSecurityLevel.BASELINE,
      "No volume may be a `hostPath` volume.",
      "Use an emptyDir, a PersistentVolumeClaim or a CSI volume instead of hostPath."),

  /** Check {@code hostPorts}, logic in {@code HostPortsCheck}. */
  PSS_HOST_PORTS(
      "hostPorts",
      PodSecurityLevel.BASELINE,
      "No container port may set a non-zero `hostPort`.",
      "Remove `hostPort`; expose the port through a Service instead."),

  /** Check {@code appArmorProfile}, logic in {@code AppArmorProfileCheck}. */
  PSS_APP_ARMOR_PROFILE(
      "appArmorProfile",
      PodSecurityLevel.BASELINE,
      "`appArmorProfile.type` (pod or container) must be unset, RuntimeDefault or Localhost;"
          + " AppArmor beta annotations must be empty, `runtime/default` or `localhost/*`.",
      "Use `appArmorProfile: {type: RuntimeDefault}` (or a Localhost profile), never"
          + " Unconfined."),

  /** Check {@code seLinuxOptions}, logic in {@code SeLinuxOptionsCheck}. */
  PSS_SE_LINUX_OPTIONS(
      "seLinuxOptions",
      PodSecurityLevel.BASELINE,
      "`seLinuxOptions` (pod or container) may not set `user` or `role`; `type` must be empty,"
          + " container_t, container_init_t, container_kvm_t or (1.31+) container_engine_t.",
      "Remove `seLinuxOptions.user`/`role` and use an allowed container type."),

  /** Check {@code procMount}, logic in {@code ProcMountCheck}. */
  PSS_PROC_MOUNT(
      "procMount",
      PodSecurityLevel.BASELINE,
      "`securityContext.procMount` must be unset or `Default` (any value when `hostUsers:"
          + " false`, 1.35+).",
      "Remove `procMount: Unmasked`, or run the pod in a user namespace (`hostUsers: false`)."),

  /** Check {@code seccompProfile_baseline}, logic in {@code SeccompProfileBaselineCheck}. */
  PSS_SECCOMP_PROFILE_BASELINE(
      "seccompProfile_baseline",
      PodSecurityLevel.BASELINE,
      "`seccompProfile.type` (pod or container) must not be `Unconfined`.",
      "Use `seccompProfile: {type: RuntimeDefault}`."),

  /** Check {@code sysctls}, logic in {@code SysctlsCheck}. */
  PSS_SYSCTLS(
      "sysctls",
      PodSecurityLevel.BASELINE,
      "`spec.securityContext.sysctls` may name only the safe sysctls of the Kubernetes version"
          + " (e.g. net.ipv4.ip_local_port_range, net.ipv4.tcp_keepalive_time).",
      "Remove the sysctl, or set it on the node instead."),

  /** Check {@code windowsHostProcess}, logic in {@code WindowsHostProcessCheck}. */
  PSS_WINDOWS_HOST_PROCESS(
      "windowsHostProcess",
      PodSecurityLevel.BASELINE,
      "`windowsOptions.hostProcess` (pod or container) must be unset or false.",
      "Remove `windowsOptions.hostProcess: true`."),

  /** Check {@code hostProbesAndHostLifecycle}, logic in {@code HostProbesAndHostLifecycleCheck}. */
  PSS_HOST_PROBES_AND_HOST_LIFECYCLE(
      "hostProbesAndHostLifecycle",
      PodSecurityLevel.BASELINE,
      "Probes and lifecycle hooks must not set `httpGet.host` or `tcpSocket.host` (1.34+).",
      "Remove `host`: probes and hooks then target the pod's own IP."),

  /** Check {@code restrictedVolumes}, logic in {@code RestrictedVolumesCheck}. */
  PSS_RESTRICTED_VOLUMES(
      "restrictedVolumes",
      PodSecurityLevel.RESTRICTED,
      "Volumes may only be configMap, csi, downwardAPI, emptyDir, ephemeral, image,"
          + " persistentVolumeClaim, projected or secret.",
      "Replace the volume with an allowed type (e.g. a PersistentVolumeClaim or a CSI volume)."),

  /** Check {@code allowPrivilegeEscalation}, logic in {@code AllowPrivilegeEscalationCheck}. */
  PSS_ALLOW_PRIVILEGE_ESCALATION(
      "allowPrivilegeEscalation",
      PodSecurityLevel.RESTRICTED,
      "Every container must set `securityContext.allowPrivilegeEscalation: false` explicitly"
          + " (unset fails; Windows pods exempt).",
      "Set `securityContext.allowPrivilegeEscalation: false` on the container."),

  /** Check {@code runAsNonRoot}, logic in {@code RunAsNonRootCheck}. */
  PSS_RUN_AS_NON_ROOT(
      "runAsNonRoot",
      PodSecurityLevel.RESTRICTED,
      "`runAsNonRoot: true` at pod level or in every container; nobody may set it to false"
          + " (any value with `hostUsers: false`, 1.35+).",
      "Set `spec.securityContext.runAsNonRoot: true` (and a non-zero runAsUser if the image"
          + " runs as root)."),

  /** Check {@code runAsUser}, logic in {@code RunAsUserCheck}. */
  PSS_RUN_AS_USER(
      "runAsUser",
      PodSecurityLevel.RESTRICTED,
      "`runAsUser` (pod or container) must not be 0 (any value with `hostUsers: false`,"
          + " 1.35+).",
      "Set a non-zero `runAsUser`, or leave it unset and let the image's user apply."),

  /** Check {@code seccompProfile_restricted}, logic in {@code SeccompProfileRestrictedCheck}. */
  PSS_SECCOMP_PROFILE_RESTRICTED(
      "seccompProfile_restricted",
      PodSecurityLevel.RESTRICTED,
      "`seccompProfile.type` must be RuntimeDefault or Localhost, set at pod level or in every"
          + " container (Windows pods exempt).",
      "Set `spec.securityContext.seccompProfile: {type: RuntimeDefault}`."),

  /** Check {@code capabilities_restricted}, logic in {@code CapabilitiesRestrictedCheck}. */
  PSS_CAPABILITIES_RESTRICTED(
      "capabilities_restricted",
      PodSecurityLevel.RESTRICTED,
      "Every container must set `capabilities.drop: [ALL]` and may add only NET_BIND_SERVICE"
          + " (Windows pods exempt).",
      "Set `securityContext.capabilities: {drop: [ALL]}` and add nothing but NET_BIND_SERVICE."),

  /** Check {@code procMount_restricted}, logic in {@code ProcMountRestrictedCheck}. */
  PSS_PROC_MOUNT_RESTRICTED(
      "procMount_restricted",
      PodSecurityLevel.RESTRICTED,
      "`securityContext.procMount` must be unset or `Default`, even with `hostUsers: false`.",
      "Remove `procMount: Unmasked`.");

  private final RuleInfo info;
  private final String checkId;
  private final PodSecurityLevel level;

  PodSecurityRule(String checkId, PodSecurityLevel level, String what, String fix) {
    this.checkId = checkId;
    this.level = level;
    this.info =
        new RuleInfo(
            name(),
            Severity.ERROR,
            Section.POD_SECURITY,
            what,
            "Pod Security Admission rejects the pod (HTTP 403) in a namespace enforcing the "
                + level.name().toLowerCase(Locale.ROOT)
                + " level (check `"
                + checkId
                + "`); workload objects are accepted but their pods are not.",
            fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  /** The pod-security-admission check ID, e.g. {@code capabilities_restricted}. */
  public String checkId() {
    return checkId;
  }

  /** The lowest level this check belongs to. */
  public PodSecurityLevel level() {
    return level;
  }

  /** True when this check runs at the given level and policy version. */
  public boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return switch (this) {
      case PSS_CAPABILITIES_BASELINE -> CapabilitiesBaselineCheck.appliesTo(enforced, version);
      case PSS_HOST_PATH_VOLUMES -> HostPathVolumesCheck.appliesTo(enforced, version);
      case PSS_PROC_MOUNT -> ProcMountCheck.appliesTo(enforced, version);
      case PSS_SECCOMP_PROFILE_BASELINE -> SeccompProfileBaselineCheck.appliesTo(enforced, version);
      case PSS_HOST_PROBES_AND_HOST_LIFECYCLE ->
          HostProbesAndHostLifecycleCheck.appliesTo(enforced, version);
      case PSS_RUN_AS_USER -> RunAsUserCheck.appliesTo(enforced, version);
      case PSS_PROC_MOUNT_RESTRICTED -> ProcMountRestrictedCheck.appliesTo(enforced, version);
      default -> enforced.compareTo(level) >= 0;
    };
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!appliesTo(context.policy().podSecurityLevel(), context.version())) {
      return;
    }
    evaluate(context.derived(VIEW), sink);
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  void evaluate(PodView pod, ViolationSink sink) {
    switch (this) {
      case PSS_HOST_NAMESPACES -> HostNamespacesCheck.evaluate(pod, sink);
      case PSS_PRIVILEGED -> PrivilegedCheck.evaluate(pod, sink);
      case PSS_CAPABILITIES_BASELINE -> CapabilitiesBaselineCheck.evaluate(pod, sink);
      case PSS_HOST_PATH_VOLUMES -> HostPathVolumesCheck.evaluate(pod, sink);
      case PSS_HOST_PORTS -> HostPortsCheck.evaluate(pod, sink);
      case PSS_APP_ARMOR_PROFILE -> AppArmorProfileCheck.evaluate(pod, sink);
      case PSS_SE_LINUX_OPTIONS -> SeLinuxOptionsCheck.evaluate(pod, sink);
      case PSS_PROC_MOUNT -> ProcMountCheck.evaluate(pod, sink);
      case PSS_SECCOMP_PROFILE_BASELINE -> SeccompProfileBaselineCheck.evaluate(pod, sink);
      case PSS_SYSCTLS -> SysctlsCheck.evaluate(pod, sink);
      case PSS_WINDOWS_HOST_PROCESS -> WindowsHostProcessCheck.evaluate(pod, sink);
      case PSS_HOST_PROBES_AND_HOST_LIFECYCLE ->
          HostProbesAndHostLifecycleCheck.evaluate(pod, sink);
      case PSS_RESTRICTED_VOLUMES -> RestrictedVolumesCheck.evaluate(pod, sink);
      case PSS_ALLOW_PRIVILEGE_ESCALATION -> AllowPrivilegeEscalationCheck.evaluate(pod, sink);
      case PSS_RUN_AS_NON_ROOT -> RunAsNonRootCheck.evaluate(pod, sink);
      case PSS_RUN_AS_USER -> RunAsUserCheck.evaluate(pod, sink);
      case PSS_SECCOMP_PROFILE_RESTRICTED -> SeccompProfileRestrictedCheck.evaluate(pod, sink);
      case PSS_CAPABILITIES_RESTRICTED -> CapabilitiesRestrictedCheck.evaluate(pod, sink);
      case PSS_PROC_MOUNT_RESTRICTED -> ProcMountRestrictedCheck.evaluate(pod, sink);
    }
  }

  /** The pod view of a context, built once per validation and shared by every check. */
  private static final PodSpecContext.Derived<PodView> VIEW = new View();

  private static final class View implements PodSpecContext.Derived<PodView> {
    @Override
    public PodView compute(PodSpecContext context) {
      return PodView.of(
          context.podAnnotations(),
          context.metadataPath(),
          context.spec(),
          context.root(),
          context.version());
    }
  }
}
