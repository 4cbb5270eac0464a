package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;

/**
 * Restricted: containers must run as non-root: {@code runAsNonRoot: true} at pod level (or in every
 * container), and nobody may set it to false. Any value is allowed with {@code hostUsers: false}
 * from 1.35.
 */
final class RunAsNonRootCheck {

  private RunAsNonRootCheck() {}

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.atLeast(1, 35) && pod.hostUsersFalse()) {
      return;
    }
    Boolean podValue =
        pod.podSecurityContext() == null ? null : pod.podSecurityContext().getRunAsNonRoot();
    if (Boolean.FALSE.equals(podValue)) {
      sink.report(
          pod.podSecurityContextPath().child("runAsNonRoot"),
          false,
          "runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)");
    }
    boolean podTrue = Boolean.TRUE.equals(podValue);
    for (PodContainer c : pod.containers()) {
      Boolean value = c.securityContext() == null ? null : c.securityContext().getRunAsNonRoot();
      if (Boolean.FALSE.equals(value)) {
        sink.report(
            c.sc("runAsNonRoot"),
            false,
            "runAsNonRoot != true ("
                + c.quoted()
                + " must not set securityContext.runAsNonRoot=false)");
      } else if (value == null && !podTrue) {
        sink.report(
            c.sc("runAsNonRoot"),
            null,
            "runAsNonRoot != true (pod or "
                + c.quoted()
                + " must set securityContext.runAsNonRoot=true)");
      }
    }
  }
}
