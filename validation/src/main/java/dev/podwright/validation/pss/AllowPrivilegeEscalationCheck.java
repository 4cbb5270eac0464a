package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;

/**
 * Restricted: every container must set {@code allowPrivilegeEscalation: false} explicitly (Windows
 * pods are exempt).
 */
final class AllowPrivilegeEscalationCheck {

  private AllowPrivilegeEscalationCheck() {}

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.isWindows() && pod.atLeast(1, 25)) {
      return;
    }
    for (PodContainer c : pod.containers()) {
      Boolean value =
          c.securityContext() == null ? null : c.securityContext().getAllowPrivilegeEscalation();
      if (!Boolean.FALSE.equals(value)) {
        sink.report(
            c.sc("allowPrivilegeEscalation"),
            value,
            "allowPrivilegeEscalation != false ("
                + c.quoted()
                + " must set securityContext.allowPrivilegeEscalation=false)");
      }
    }
  }
}
