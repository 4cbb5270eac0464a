package dev.podwright.validation.rules.podlevel;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Sysctl;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks behind {@link PodLevelRule#POD_SYSCTLS}, {@link
 * PodLevelRule#HOSTUSERS_HOST_NAMESPACES} and {@link PodLevelRule#SHARE_PROCESS_NAMESPACE_HOSTPID}:
 * the API server's {@code validateSysctls} (with {@code ValidateHostSysctl}), {@code
 * validateHostUsers} and the shareProcessNamespace check of {@code validatePodSpecSecurityContext}.
 */
final class HostNamespaceChecks {

  static final int SYSCTL_MAX_LENGTH = 253;

  /** The IPC-namespaced sysctls that have no common prefix ({@code utilsysctl}). */
  private static final List<String> IPC_SYSCTLS =
      List.of(
          "kernel.sem",
          "kernel.shmall",
          "kernel.shmmax",
          "kernel.shmmni",
          "kernel.shm_rmid_forced",
          "kernel.msgmax",
          "kernel.msgmnb",
          "kernel.msgmni");

  private HostNamespaceChecks() {}

  /** Checks {@link PodLevelRule#POD_SYSCTLS}. */
  static void podSysctls(PodSpecContext context, ViolationSink sink) {
    V1PodSpec spec = context.spec();
    V1PodSecurityContext security = spec.getSecurityContext();
    if (security == null || security.getSysctls() == null) {
      return;
    }
    List<V1Sysctl> sysctls = security.getSysctls();
    FieldPath root = context.root().child("securityContext").child("sysctls");
    Set<String> names = new HashSet<>();
    boolean hostNetwork = Boolean.TRUE.equals(spec.getHostNetwork());
    boolean hostIpc = Boolean.TRUE.equals(spec.getHostIPC());
    for (int i = 0; i < sysctls.size(); i++) {
      V1Sysctl sysctl = sysctls.get(i);
      String name = sysctl == null || sysctl.getName() == null ? "" : sysctl.getName();
      FieldPath path = root.index(i).child("name");
      if (name.isEmpty()) {
        sink.report(path, null, "Required value: a sysctl needs a name.");
      } else if (!isSysctlName(name)) {
        sink.report(
            path,
            name,
            "Invalid value: \""
                + name
                + "\": must have at most 253 characters and match regex"
                + " ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$.");
      } else if (names.contains(name)) {
        sink.report(path, name, "Duplicate value: \"" + name + "\".");
      }
      String namespace = namespace(name);
      if (hostNetwork && namespace.equals("net")) {
        sink.report(
            path,
            name,
            "Invalid value: \"" + name + "\": may not be specified when 'hostNetwork' is true.");
      } else if (hostIpc && namespace.equals("ipc")) {
        sink.report(
            path,
            name,
            "Invalid value: \"" + name + "\": may not be specified when 'hostIPC' is true.");
      }
      names.add(name);
    }
  }

  /**
   * The kernel namespace of a sysctl ({@code utilsysctl.GetNamespace}): {@code net} for {@code
   * net.*}, {@code ipc} for the System V IPC ones and {@code fs.mqueue.*}, else empty. A name
   * written with slashes ({@code net/ipv4/ip_forward}) is read with dots.
   */
  static String namespace(String name) {
    String normal = normalize(name);
    int star = normal.indexOf('*');
    if (star >= 0) {
      normal = normal.substring(0, star);
    }
    if (normal.startsWith("net.")) {
      return "net";
    }
    if (normal.startsWith("fs.mqueue.") || IPC_SYSCTLS.contains(normal)) {
      return "ipc";
    }
    return "";
  }

  /** {@code NormalizeName}: when the first separator is '/', swap '/' and '.'. */
  private static String normalize(String name) {
    int dot = name.indexOf('.');
    int slash = name.indexOf('/');
    if (slash < 0 || (dot >= 0 && dot < slash)) {
      return name;
    }
    StringBuilder swapped = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      swapped.append(c == '/' ? '.' : c == '.' ? '/' : c);
    }
    return swapped.toString();
  }

  /**
   * A sysctl name, {@code ([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?} of
   * at most 253 characters: segments separated by single dots or slashes.
   */
  static boolean isSysctlName(String name) {
    if (name.isEmpty() || name.length() > SYSCTL_MAX_LENGTH) {
      return false;
    }
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      boolean end = i == name.length();
      char c = end ? '.' : name.charAt(i);
      if (c == '.' || c == '/') {
        if (!isSegment(name, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean isSegment(String text, int from, int to) {
    if (from >= to || !isAlnum(text.charAt(from)) || !isAlnum(text.charAt(to - 1))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isAlnum(c) && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Checks {@link PodLevelRule#HOSTUSERS_HOST_NAMESPACES}. */
  static void hostUsersHostNamespaces(PodSpecContext context, ViolationSink sink) {
    V1PodSpec spec = context.spec();
    if (!context.version().isAtLeast(KubernetesVersion.USER_NAMESPACES)
        || !Boolean.FALSE.equals(spec.getHostUsers())) {
      return;
    }
    FieldPath root = context.root();
    String why = "Forbidden: when `pod.Spec.HostUsers` is false.";
    if (Boolean.TRUE.equals(spec.getHostNetwork())) {
      sink.report(root.child("hostNetwork"), true, why);
    }
    // the API server prints these two field names capitalised
    if (Boolean.TRUE.equals(spec.getHostPID())) {
      sink.report(root.child("HostPID"), true, why);
    }
    if (Boolean.TRUE.equals(spec.getHostIPC())) {
      sink.report(root.child("HostIPC"), true, why);
    }
    if (context.version().isAtLeast(KubernetesVersion.USER_NAMESPACES_NO_DEVICES)) {
      for (ContainerRef ref : context.containers()) {
        if (ref.container().getVolumeDevices() != null
            && !ref.container().getVolumeDevices().isEmpty()) {
          sink.report(
              ref.path().child("volumeDevices"),
              null,
              "Forbidden: volumeDevices of container \""
                  + ref.displayName()
                  + "\" cannot be used when `hostUsers` is false.");
        }
      }
    }
  }

  /** Checks {@link PodLevelRule#SHARE_PROCESS_NAMESPACE_HOSTPID}. */
  static void shareProcessNamespaceHostPid(PodSpecContext context, ViolationSink sink) {
    V1PodSpec spec = context.spec();
    if (Boolean.TRUE.equals(spec.getShareProcessNamespace())
        && Boolean.TRUE.equals(spec.getHostPID())) {
      // the internal API keeps the field in the security context, and so does the path
      sink.report(
          context.root().child("securityContext").child("shareProcessNamespace"),
          true,
          "Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled.");
    }
  }
}
