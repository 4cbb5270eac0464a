package dev.podwright.validation.pss;

import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;

/** Baseline: the pod must not share the host's network, PID or IPC namespace. */
public final class HostNamespacesCheck extends PodSecurityCheck {

  /** Creates the check. */
  public HostNamespacesCheck() {
    super(
        "hostNamespaces",
        PodSecurityLevel.BASELINE,
        "PSS_HOST_NAMESPACES",
        "`hostNetwork`, `hostPID` and `hostIPC` must be unset or false.",
        "Remove hostNetwork/hostPID/hostIPC, or run the pod in a privileged namespace.");
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
    report(pod, sink, "hostNetwork", pod.spec().getHostNetwork());
    report(pod, sink, "hostPID", pod.spec().getHostPID());
    report(pod, sink, "hostIPC", pod.spec().getHostIPC());
  }

  private static void report(PodView pod, ViolationSink sink, String field, Boolean value) {
    if (Boolean.TRUE.equals(value)) {
      sink.report(pod.root().child(field), true, "host namespaces (" + field + "=true)");
    }
  }
}
