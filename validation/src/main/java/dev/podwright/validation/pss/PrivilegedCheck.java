package dev.podwright.validation.pss;

import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;

/** Baseline: no container may run privileged. */
public final class PrivilegedCheck extends PodSecurityCheck {

  /** Creates the check. */
  public PrivilegedCheck() {
    super(
        "privileged",
        PodSecurityLevel.BASELINE,
        "PSS_PRIVILEGED",
        "No container (init, sidecar, regular, ephemeral) may set `securityContext.privileged:"
            + " true`.",
        "Remove `privileged: true`; grant only the capabilities the container needs.");
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
    for (PodContainer c : pod.containers()) {
      if (c.securityContext() != null && Boolean.TRUE.equals(c.securityContext().getPrivileged())) {
        sink.report(
            c.sc("privileged"),
            true,
            "privileged (" + c.quoted() + " must not set securityContext.privileged=true)");
      }
    }
  }
}
