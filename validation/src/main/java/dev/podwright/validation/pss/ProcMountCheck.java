package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Baseline: {@code procMount} must be unset or Default; any value is allowed in a user-namespaced
 * pod ({@code hostUsers: false}) from 1.35. From 1.35 the restricted level runs {@link
 * ProcMountRestrictedCheck} instead.
 */
final class ProcMountCheck {

  private ProcMountCheck() {}

  /** From this release restricted runs {@link ProcMountRestrictedCheck} instead. */
  static final KubernetesVersion RESTRICTED_REPLACEMENT = KubernetesVersion.of(1, 35);

  /** True when the check runs at the enforced level and policy version. */
  static boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced == PodSecurityLevel.BASELINE
        || (enforced == PodSecurityLevel.RESTRICTED && !version.isAtLeast(RESTRICTED_REPLACEMENT));
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.atLeast(1, 35) && pod.hostUsersFalse()) {
      return;
    }
    reportUnmasked(pod, sink);
  }

  static void reportUnmasked(PodView pod, ViolationSink sink) {
    for (PodContainer c : pod.containers()) {
      String mount = c.securityContext() == null ? null : c.securityContext().getProcMount();
      if (mount != null && !mount.equals("Default")) {
        sink.report(
            c.sc("procMount"),
            mount,
            "procMount ("
                + c.quoted()
                + " must not set securityContext.procMount to "
                + PodView.quote(mount)
                + ")");
      }
    }
  }
}
