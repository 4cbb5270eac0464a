package dev.podwright.validation.rules.security;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import java.util.List;

/**
 * The checks behind {@link SecurityContextRule} that depend on the pod's operating system: {@code
 * POD_OS_NAME}, {@code SC_OS_LINUX_NO_WINDOWS_OPTIONS}, {@code SC_OS_WINDOWS_NO_LINUX_FIELDS},
 * {@code SC_WINDOWS_HOSTPROCESS}.
 */
final class PodOsChecks {

  private static final List<String> SUPPORTED = List.of("linux", "windows");

  private PodOsChecks() {}

  /** Checks {@link SecurityContextRule#POD_OS_NAME}. */
  static void podOsName(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getOs() == null) {
      return;
    }
    String name = context.spec().getOs().getName();
    if (name == null || name.isEmpty()) {
      sink.report(context.root().child("os").child("name"), null, "spec.os is set without a name");
    } else if (!SUPPORTED.contains(name)) {
      sink.report(
          context.root().child("os").child("name"),
          name,
          "os name \"" + name + "\" is not supported; supported values: linux, windows");
    }
  }

  /** Checks {@link SecurityContextRule#SC_OS_LINUX_NO_WINDOWS_OPTIONS}. */
  static void scOsLinuxNoWindowsOptions(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getOs() == null || !"linux".equals(context.spec().getOs().getName())) {
      return;
    }
    if (context.spec().getSecurityContext() != null
        && context.spec().getSecurityContext().getWindowsOptions() != null) {
      sink.report(
          context.root().child("securityContext").child("windowsOptions"),
          null,
          "windowsOptions cannot be set for a linux pod");
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null
          && ref.container().getSecurityContext().getWindowsOptions() != null) {
        sink.report(
            ref.path().child("securityContext").child("windowsOptions"),
            null,
            "windowsOptions of container \""
                + ref.displayName()
                + "\" cannot be set for a linux pod");
      }
    }
  }

  /** Checks {@link SecurityContextRule#SC_OS_WINDOWS_NO_LINUX_FIELDS}. */
  static void scOsWindowsNoLinuxFields(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link SecurityContextRule#SC_WINDOWS_HOSTPROCESS}. */
  static void scWindowsHostProcess(PodSpecContext context, ViolationSink sink) {
    Boolean pod =
        context.spec().getSecurityContext() == null
                || context.spec().getSecurityContext().getWindowsOptions() == null
            ? null
            : context.spec().getSecurityContext().getWindowsOptions().getHostProcess();
    int containers = 0;
    int hostProcess = 0;
    for (ContainerRef ref : context.containers()) {
      containers++;
      V1SecurityContext sc = ref.container().getSecurityContext();
      Boolean own =
          sc == null || sc.getWindowsOptions() == null
              ? null
              : sc.getWindowsOptions().getHostProcess();
      if (pod != null && own != null && !pod.equals(own)) {
        sink.report(
            ref.path().child("securityContext").child("windowsOptions").child("hostProcess"),
            own,
            "hostProcess "
                + own
                + " of container \""
                + ref.displayName()
                + "\" differs from the pod value "
                + pod
                + "; pod hostProcess value must be identical if both are specified");
      }
      if (Boolean.TRUE.equals(own) || own == null && Boolean.TRUE.equals(pod)) {
        hostProcess++;
      }
    }
    if (hostProcess == 0) {
      return;
    }
    if (hostProcess != containers) {
      sink.report(
          context.root(),
          null,
          hostProcess
              + " of "
              + containers
              + " containers are hostProcess containers; if a pod"
              + " contains any hostProcess containers then all containers must be hostProcess");
    }
    if (!Boolean.TRUE.equals(context.spec().getHostNetwork())) {
      sink.report(
          context.root().child("hostNetwork"),
          context.spec().getHostNetwork(),
          "hostNetwork must be true if the pod contains any hostProcess containers");
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
