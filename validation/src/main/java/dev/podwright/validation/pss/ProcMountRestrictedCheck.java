package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;

/** Restricted (1.35+): {@code procMount} must be unset or Default even in a user-namespaced pod. */
public final class ProcMountRestrictedCheck extends PodSecurityCheck {

  /** Creates the check. */
  public ProcMountRestrictedCheck() {
    super(
        "procMount_restricted",
        PodSecurityLevel.RESTRICTED,
        "PSS_PROC_MOUNT_RESTRICTED",
        "`securityContext.procMount` must be unset or `Default`, even with `hostUsers: false`.",
        "Remove `procMount: Unmasked`.");
  }

  @Override
  public boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced == PodSecurityLevel.RESTRICTED
        && version.isAtLeast(ProcMountCheck.RESTRICTED_REPLACEMENT);
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
    ProcMountCheck.reportUnmasked(pod, sink);
  }
}
