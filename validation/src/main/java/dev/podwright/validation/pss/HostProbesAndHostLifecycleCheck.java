package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1Probe;

/**
 * Baseline (1.34+): probes and lifecycle hooks may not target another host ({@code httpGet.host},
 * {@code tcpSocket.host}).
 */
final class HostProbesAndHostLifecycleCheck {

  private HostProbesAndHostLifecycleCheck() {}

  private static final KubernetesVersion SINCE = KubernetesVersion.of(1, 34);

  /** True when the check runs at the enforced level and policy version. */
  static boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced.compareTo(PodSecurityLevel.BASELINE) >= 0 && version.isAtLeast(SINCE);
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    for (PodContainer c : pod.containers()) {
      probe(c, c.livenessProbe(), "livenessProbe", sink);
      probe(c, c.readinessProbe(), "readinessProbe", sink);
      probe(c, c.startupProbe(), "startupProbe", sink);
      if (c.lifecycle() != null) {
        hook(c, c.lifecycle().getPostStart(), "postStart", sink);
        hook(c, c.lifecycle().getPreStop(), "preStop", sink);
      }
    }
  }

  private static void probe(PodContainer c, V1Probe probe, String field, ViolationSink sink) {
    if (probe == null) {
      return;
    }
    if (probe.getHttpGet() != null) {
      host(c, probe.getHttpGet().getHost(), false, field, "httpGet", sink);
    }
    if (probe.getTcpSocket() != null) {
      host(c, probe.getTcpSocket().getHost(), false, field, "tcpSocket", sink);
    }
  }

  private static void hook(
      PodContainer c, V1LifecycleHandler handler, String field, ViolationSink sink) {
    if (handler == null) {
      return;
    }
    if (handler.getHttpGet() != null) {
      host(c, handler.getHttpGet().getHost(), true, field, "httpGet", sink);
    }
    if (handler.getTcpSocket() != null) {
      host(c, handler.getTcpSocket().getHost(), true, field, "tcpSocket", sink);
    }
  }

  /**
   * Reports a host set on {@code field.action.host} of a probe, or {@code
   * lifecycle.field.action.host} of a hook.
   */
  private static void host(
      PodContainer c, String host, boolean hook, String field, String action, ViolationSink sink) {
    if (host != null && !host.isEmpty()) {
      FieldPath handler = hook ? c.path().child("lifecycle").child(field) : c.path().child(field);
      sink.report(
          handler.child(action).child("host"),
          host,
          "probe or lifecycle host ("
              + c.quoted()
              + " uses probe or lifecycle host "
              + PodView.quote(host)
              + ")");
    }
  }
}
