package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;

/** Baseline: the pod must not share the host's network, PID or IPC namespace. */
final class HostNamespacesCheck {

  private HostNamespacesCheck() {}

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
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
