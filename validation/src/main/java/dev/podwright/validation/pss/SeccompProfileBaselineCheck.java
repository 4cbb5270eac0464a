package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SeccompProfile;

/**
 * Baseline: seccomp may not be switched off ({@code Unconfined}). Replaced by {@link
 * SeccompProfileRestrictedCheck} at the restricted level.
 */
final class SeccompProfileBaselineCheck {

  private SeccompProfileBaselineCheck() {}

  /** True when the check runs at the enforced level and policy version. */
  static boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced == PodSecurityLevel.BASELINE;
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.podSecurityContext() != null) {
      V1SeccompProfile p = pod.podSecurityContext().getSeccompProfile();
      if (p != null && "Unconfined".equals(p.getType())) {
        sink.report(
            pod.podSecurityContextPath().child("seccompProfile").child("type"),
            p.getType(),
            "seccompProfile (pod must not set securityContext.seccompProfile.type to"
                + " \"Unconfined\")");
      }
    }
    for (PodContainer c : pod.containers()) {
      V1SeccompProfile p =
          c.securityContext() == null ? null : c.securityContext().getSeccompProfile();
      if (p != null && "Unconfined".equals(p.getType())) {
        sink.report(
            c.sc("seccompProfile").child("type"),
            p.getType(),
            "seccompProfile ("
                + c.quoted()
                + " must not set securityContext.seccompProfile.type to \"Unconfined\")");
      }
    }
  }
}
