package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;

/** Baseline: no container may run privileged. */
final class PrivilegedCheck {

  private PrivilegedCheck() {}

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
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
