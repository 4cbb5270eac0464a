package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;

/** Restricted (1.35+): {@code procMount} must be unset or Default even in a user-namespaced pod. */
final class ProcMountRestrictedCheck {

  private ProcMountRestrictedCheck() {}

  /** True when the check runs at the enforced level and policy version. */
  static boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced == PodSecurityLevel.RESTRICTED
        && version.isAtLeast(ProcMountCheck.RESTRICTED_REPLACEMENT);
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    ProcMountCheck.reportUnmasked(pod, sink);
  }
}
