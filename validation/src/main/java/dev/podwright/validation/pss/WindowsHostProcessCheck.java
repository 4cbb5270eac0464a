package dev.podwright.validation.pss;

import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;

/** Baseline: no Windows HostProcess containers. */
public final class WindowsHostProcessCheck extends PodSecurityCheck {

  /** Creates the check. */
  public WindowsHostProcessCheck() {
    super(
        "windowsHostProcess",
        PodSecurityLevel.BASELINE,
        "PSS_WINDOWS_HOST_PROCESS",
        "`windowsOptions.hostProcess` (pod or container) must be unset or false.",
        "Remove `windowsOptions.hostProcess: true`.");
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
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
