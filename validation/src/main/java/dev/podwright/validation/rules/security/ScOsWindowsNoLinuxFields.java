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
    flag(sink, root, "hostPID", Boolean.TRUE.equals(context.spec().getHostPID()));
    flag(sink, root, "hostIPC", Boolean.TRUE.equals(context.spec().getHostIPC()));
    flag(sink, root, "hostUsers", context.spec().getHostUsers() != null);
    flag(sink, root, "shareProcessNamespace", context.spec().getShareProcessNamespace() != null);
    V1PodSecurityContext pod = context.spec().getSecurityContext();
    if (pod != null) {
      securityContextFlag(sink, root, "seLinuxOptions", pod.getSeLinuxOptions() != null);
      securityContextFlag(sink, root, "seccompProfile", pod.getSeccompProfile() != null);
      securityContextFlag(sink, root, "appArmorProfile", pod.getAppArmorProfile() != null);
      securityContextFlag(sink, root, "fsGroup", pod.getFsGroup() != null);
      securityContextFlag(sink, root, "fsGroupChangePolicy", pod.getFsGroupChangePolicy() != null);
      securityContextFlag(
          sink, root, "sysctls", pod.getSysctls() != null && !pod.getSysctls().isEmpty());
      securityContextFlag(sink, root, "runAsUser", pod.getRunAsUser() != null);
      securityContextFlag(sink, root, "runAsGroup", pod.getRunAsGroup() != null);
      securityContextFlag(
          sink,
          root,
          "supplementalGroups",
          pod.getSupplementalGroups() != null && !pod.getSupplementalGroups().isEmpty());
      securityContextFlag(
          sink, root, "supplementalGroupsPolicy", pod.getSupplementalGroupsPolicy() != null);
      securityContextFlag(sink, root, "seLinuxChangePolicy", pod.getSeLinuxChangePolicy() != null);
    }
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext c = ref.container().getSecurityContext();
      if (c == null) {
        continue;
      }
      FieldPath owner = ref.path();
      securityContextFlag(sink, owner, "seLinuxOptions", c.getSeLinuxOptions() != null);
      securityContextFlag(sink, owner, "seccompProfile", c.getSeccompProfile() != null);
      securityContextFlag(sink, owner, "appArmorProfile", c.getAppArmorProfile() != null);
      securityContextFlag(sink, owner, "capabilities", c.getCapabilities() != null);
      securityContextFlag(
          sink,
          owner,
          "readOnlyRootFilesystem",
          Boolean.TRUE.equals(c.getReadOnlyRootFilesystem()));
      securityContextFlag(sink, owner, "privileged", Boolean.TRUE.equals(c.getPrivileged()));
      securityContextFlag(
          sink,
          owner,
          "allowPrivilegeEscalation",
          Boolean.TRUE.equals(c.getAllowPrivilegeEscalation()));
      securityContextFlag(sink, owner, "procMount", c.getProcMount() != null);
      securityContextFlag(sink, owner, "runAsUser", c.getRunAsUser() != null);
      securityContextFlag(sink, owner, "runAsGroup", c.getRunAsGroup() != null);
    }
  }

  /** Reports {@code owner.field} when it is set. */
  private static void flag(ViolationSink sink, FieldPath owner, String field, boolean set) {
    if (set) {
      report(sink, owner.child(field));
    }
  }

  /** Reports {@code owner.securityContext.field} when it is set. */
  private static void securityContextFlag(
      ViolationSink sink, FieldPath owner, String field, boolean set) {
    if (set) {
      report(sink, owner.child("securityContext").child(field));
    }
  }

  private static void report(ViolationSink sink, FieldPath path) {
    sink.report(path, null, path + " cannot be set for a windows pod");
  }
}
