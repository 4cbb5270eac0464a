package dev.podwright.validation.rules.security;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1SecurityContext;

/**
 * A pod with {@code spec.os.name: windows} sets none of the Linux-only security fields ({@code
 * SC_OS_WINDOWS_NO_LINUX_FIELDS}). Booleans count when true, other fields when set. Host namespace
 * flags are reported at their v1 paths ({@code spec.hostPID}).
 */
public final class ScOsWindowsNoLinuxFields implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_OS_WINDOWS_NO_LINUX_FIELDS",
          Severity.ERROR,
          "I. Security context",
          "A Windows pod (spec.os.name: windows) sets none of the Linux-only security fields.",
          "The API server forbids Linux-only fields such as seccompProfile, runAsUser or capabilities on Windows pods (Forbidden).",
          "Remove the Linux-only field, or use windowsOptions (e.g. runAsUserName) instead.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getOs() == null || !"windows".equals(context.spec().getOs().getName())) {
      return;
    }
    FieldPath root = context.root();
    flag(sink, root.child("hostPID"), Boolean.TRUE.equals(context.spec().getHostPID()));
    flag(sink, root.child("hostIPC"), Boolean.TRUE.equals(context.spec().getHostIPC()));
    flag(sink, root.child("hostUsers"), context.spec().getHostUsers() != null);
    flag(
        sink,
        root.child("shareProcessNamespace"),
        context.spec().getShareProcessNamespace() != null);
    V1PodSecurityContext pod = context.spec().getSecurityContext();
    if (pod != null) {
      FieldPath sc = root.child("securityContext");
      flag(sink, sc.child("seLinuxOptions"), pod.getSeLinuxOptions() != null);
      flag(sink, sc.child("seccompProfile"), pod.getSeccompProfile() != null);
      flag(sink, sc.child("appArmorProfile"), pod.getAppArmorProfile() != null);
      flag(sink, sc.child("fsGroup"), pod.getFsGroup() != null);
      flag(sink, sc.child("fsGroupChangePolicy"), pod.getFsGroupChangePolicy() != null);
      flag(sink, sc.child("sysctls"), pod.getSysctls() != null && !pod.getSysctls().isEmpty());
      flag(sink, sc.child("runAsUser"), pod.getRunAsUser() != null);
      flag(sink, sc.child("runAsGroup"), pod.getRunAsGroup() != null);
      flag(
          sink,
          sc.child("supplementalGroups"),
          pod.getSupplementalGroups() != null && !pod.getSupplementalGroups().isEmpty());
      flag(sink, sc.child("supplementalGroupsPolicy"), pod.getSupplementalGroupsPolicy() != null);
      flag(sink, sc.child("seLinuxChangePolicy"), pod.getSeLinuxChangePolicy() != null);
    }
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext c = ref.container().getSecurityContext();
      if (c == null) {
        continue;
      }
      FieldPath sc = ref.path().child("securityContext");
      flag(sink, sc.child("seLinuxOptions"), c.getSeLinuxOptions() != null);
      flag(sink, sc.child("seccompProfile"), c.getSeccompProfile() != null);
      flag(sink, sc.child("appArmorProfile"), c.getAppArmorProfile() != null);
      flag(sink, sc.child("capabilities"), c.getCapabilities() != null);
      flag(
          sink,
          sc.child("readOnlyRootFilesystem"),
          Boolean.TRUE.equals(c.getReadOnlyRootFilesystem()));
      flag(sink, sc.child("privileged"), Boolean.TRUE.equals(c.getPrivileged()));
      flag(
          sink,
          sc.child("allowPrivilegeEscalation"),
          Boolean.TRUE.equals(c.getAllowPrivilegeEscalation()));
      flag(sink, sc.child("procMount"), c.getProcMount() != null);
      flag(sink, sc.child("runAsUser"), c.getRunAsUser() != null);
      flag(sink, sc.child("runAsGroup"), c.getRunAsGroup() != null);
    }
  }

  private static void flag(ViolationSink sink, FieldPath path, boolean set) {
    if (set) {
      sink.report(path, null, path + " cannot be set for a windows pod");
    }
  }
}
