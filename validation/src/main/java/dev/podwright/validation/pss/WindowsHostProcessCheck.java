package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;

/** Baseline: no Windows HostProcess containers. */
final class WindowsHostProcessCheck {

  private WindowsHostProcessCheck() {}

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.podSecurityContext() != null
        && hostProcess(pod.podSecurityContext().getWindowsOptions())) {
      sink.report(
          pod.podSecurityContextPath().child("windowsOptions").child("hostProcess"),
          true,
          "hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)");
    }
    for (PodContainer c : pod.containers()) {
      if (c.securityContext() != null && hostProcess(c.securityContext().getWindowsOptions())) {
        sink.report(
            c.sc("windowsOptions").child("hostProcess"),
            true,
            "hostProcess ("
                + c.quoted()
                + " must not set securityContext.windowsOptions.hostProcess=true)");
      }
    }
  }

  private static boolean hostProcess(V1WindowsSecurityContextOptions options) {
    return options != null && Boolean.TRUE.equals(options.getHostProcess());
  }
}
