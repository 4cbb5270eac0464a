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
public final class HostProbesAndHostLifecycleCheck extends PodSecurityCheck {

  /** Creates the check. */
  public HostProbesAndHostLifecycleCheck() {
    super(
        "hostProbesAndHostLifecycle",
        PodSecurityLevel.BASELINE,
        "PSS_HOST_PROBES_AND_HOST_LIFECYCLE",
        "Probes and lifecycle hooks must not set `httpGet.host` or `tcpSocket.host` (1.34+).",
        "Remove `host`: probes and hooks then target the pod's own IP.");
  }

  @Override
  public boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return super.appliesTo(enforced, version) && version.isAtLeast(KubernetesVersion.of(1, 34));
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
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
    FieldPath at = c.path().child(field);
    if (probe.getHttpGet() != null) {
      host(c, probe.getHttpGet().getHost(), at.child("httpGet").child("host"), sink);
    }
    if (probe.getTcpSocket() != null) {
      host(c, probe.getTcpSocket().getHost(), at.child("tcpSocket").child("host"), sink);
    }
  }

  private static void hook(
      PodContainer c, V1LifecycleHandler handler, String field, ViolationSink sink) {
    if (handler == null) {
      return;
    }
    FieldPath at = c.path().child("lifecycle").child(field);
    if (handler.getHttpGet() != null) {
      host(c, handler.getHttpGet().getHost(), at.child("httpGet").child("host"), sink);
    }
    if (handler.getTcpSocket() != null) {
      host(c, handler.getTcpSocket().getHost(), at.child("tcpSocket").child("host"), sink);
    }
  }

  private static void host(PodContainer c, String host, FieldPath path, ViolationSink sink) {
    if (host != null && !host.isEmpty()) {
      sink.report(
          path,
          host,
          "probe or lifecycle host ("
              + c.quoted()
              + " uses probe or lifecycle host "
              + quote(host)
              + ")");
    }
  }
}
