package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Sysctl;
import java.util.List;
import java.util.Map;

/** Baseline: only the namespaced, safe sysctls of the policy version may be set. */
final class SysctlsCheck {

  private SysctlsCheck() {}

  /** Safe sysctl → the policy version that allowed it. */
  private static final Map<String, KubernetesVersion> SAFE =
      Map.ofEntries(
          Map.entry("kernel.shm_rmid_forced", KubernetesVersion.of(1, 0)),
          Map.entry("net.ipv4.ip_local_port_range", KubernetesVersion.of(1, 0)),
          Map.entry("net.ipv4.tcp_syncookies", KubernetesVersion.of(1, 0)),
          Map.entry("net.ipv4.ping_group_range", KubernetesVersion.of(1, 0)),
          Map.entry("net.ipv4.ip_unprivileged_port_start", KubernetesVersion.of(1, 0)),
          Map.entry("net.ipv4.ip_local_reserved_ports", KubernetesVersion.of(1, 27)),
          Map.entry("net.ipv4.tcp_keepalive_time", KubernetesVersion.of(1, 29)),
          Map.entry("net.ipv4.tcp_fin_timeout", KubernetesVersion.of(1, 29)),
          Map.entry("net.ipv4.tcp_keepalive_intvl", KubernetesVersion.of(1, 29)),
          Map.entry("net.ipv4.tcp_keepalive_probes", KubernetesVersion.of(1, 29)),
          Map.entry("net.ipv4.tcp_rmem", KubernetesVersion.of(1, 32)),
          Map.entry("net.ipv4.tcp_wmem", KubernetesVersion.of(1, 32)),
          Map.entry("net.ipv4.tcp_slow_start_after_idle", KubernetesVersion.of(1, 37)),
          Map.entry("net.ipv4.tcp_notsent_lowat", KubernetesVersion.of(1, 37)));

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.podSecurityContext() == null) {
      return;
    }
    List<V1Sysctl> sysctls = pod.podSecurityContext().getSysctls();
    if (sysctls == null) {
      return;
    }
    for (int i = 0; i < sysctls.size(); i++) {
      V1Sysctl s = sysctls.get(i);
      String name = s == null ? null : s.getName();
      KubernetesVersion since = name == null ? null : SAFE.get(name);
      if (s != null && (since == null || !pod.version().isAtLeast(since))) {
        sink.report(
            pod.podSecurityContextPath().child("sysctls").index(i).child("name"),
            name,
            "forbidden sysctls (" + name + ")");
      }
    }
  }
}
