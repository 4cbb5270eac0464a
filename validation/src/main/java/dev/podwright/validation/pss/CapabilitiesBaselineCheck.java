package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;
import java.util.Set;

/**
 * Baseline: containers may add only the container runtime's default capabilities. Replaced by
 * {@link CapabilitiesRestrictedCheck} at the restricted level.
 */
final class CapabilitiesBaselineCheck {

  private CapabilitiesBaselineCheck() {}

  static final Set<String> ALLOWED =
      Set.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");

  /** True when the check runs at the enforced level and policy version. */
  static boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced == PodSecurityLevel.BASELINE;
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    for (PodContainer c : pod.containers()) {
      if (c.securityContext() == null || c.securityContext().getCapabilities() == null) {
        continue;
      }
      List<String> add = c.securityContext().getCapabilities().getAdd();
      if (add == null) {
        continue;
      }
      for (int i = 0; i < add.size(); i++) {
        String cap = add.get(i);
        if (cap == null || !ALLOWED.contains(cap)) {
          sink.report(
              c.sc("capabilities").child("add").index(i),
              cap,
              "non-default capabilities ("
                  + c.quoted()
                  + " must not include "
                  + PodView.quote(String.valueOf(cap))
                  + " in securityContext.capabilities.add)");
        }
      }
    }
  }
}
