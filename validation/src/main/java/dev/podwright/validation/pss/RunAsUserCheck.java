package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Restricted (1.23+): no {@code runAsUser: 0} at pod or container level; any value with {@code
 * hostUsers: false} from 1.35.
 */
public final class RunAsUserCheck extends PodSecurityCheck {

  /** Creates the check. */
  public RunAsUserCheck() {
    super(
        "runAsUser",
        PodSecurityLevel.RESTRICTED,
        "PSS_RUN_AS_USER",
        "`runAsUser` (pod or container) must not be 0 (any value with `hostUsers: false`,"
            + " 1.35+).",
        "Set a non-zero `runAsUser`, or leave it unset and let the image's user apply.");
  }

  private static final KubernetesVersion SINCE = KubernetesVersion.of(1, 23);

  @Override
  public boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return super.appliesTo(enforced, version) && version.isAtLeast(SINCE);
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
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
