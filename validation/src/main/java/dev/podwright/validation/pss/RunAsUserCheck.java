package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Restricted (1.23+): no {@code runAsUser: 0} at pod or container level; any value with {@code
 * hostUsers: false} from 1.35.
 */
final class RunAsUserCheck {

  private RunAsUserCheck() {}

  private static final KubernetesVersion SINCE = KubernetesVersion.of(1, 23);

  /** True when the check runs at the enforced level and policy version. */
  static boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced.compareTo(PodSecurityLevel.RESTRICTED) >= 0 && version.isAtLeast(SINCE);
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.atLeast(1, 35) && pod.hostUsersFalse()) {
      return;
    }
    if (pod.podSecurityContext() != null
        && Long.valueOf(0).equals(pod.podSecurityContext().getRunAsUser())) {
      sink.report(
          pod.podSecurityContextPath().child("runAsUser"),
          0,
          "runAsUser=0 (pod must not set runAsUser=0)");
    }
    for (PodContainer c : pod.containers()) {
      if (c.securityContext() != null
          && Long.valueOf(0).equals(c.securityContext().getRunAsUser())) {
        sink.report(
            c.sc("runAsUser"), 0, "runAsUser=0 (" + c.quoted() + " must not set runAsUser=0)");
      }
    }
  }
}
