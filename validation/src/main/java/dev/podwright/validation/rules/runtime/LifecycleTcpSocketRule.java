package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Lifecycle;

/**
 * A lifecycle hook with a {@code tcpSocket} handler, which the API keeps only for compatibility:
 * the hook always fails. A failing postStart hook kills the container, so that case is an error.
 */
public final class LifecycleTcpSocketRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_LIFECYCLE_TCPSOCKET",
          Severity.WARNING,
          Hazards.SECTION,
          "A `postStart` or `preStop` hook uses a `tcpSocket` handler (postStart: error).",
          "TCPSocket is not supported as a lifecycle handler (kept only for compatibility): the"
              + " hook fails at run time; a failed postStart hook kills the container, a failed"
              + " preStop hook does nothing useful.",
          "Use an exec, httpGet or sleep handler instead.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      V1Lifecycle lifecycle = ref.container().getLifecycle();
      if (lifecycle == null) {
        continue;
      }
      if (lifecycle.getPostStart() != null && lifecycle.getPostStart().getTcpSocket() != null) {
        sink.report(
            ref.path().child("lifecycle").child("postStart").child("tcpSocket"),
            null,
            "the postStart hook of container "
                + Hazards.quote(ref.displayName())
                + " uses tcpSocket, which always fails; the kubelet then kills the container.",
            Severity.ERROR,
            INFO.fix());
      }
      if (lifecycle.getPreStop() != null && lifecycle.getPreStop().getTcpSocket() != null) {
        sink.report(
            ref.path().child("lifecycle").child("preStop").child("tcpSocket"),
            null,
            "the preStop hook of container "
                + Hazards.quote(ref.displayName())
                + " uses tcpSocket, which always fails.");
      }
    }
  }
}
