package dev.podwright.validation.pss;

import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Restricted: every container must set {@code allowPrivilegeEscalation: false} explicitly (Windows
 * pods are exempt).
 */
public final class AllowPrivilegeEscalationCheck extends PodSecurityCheck {

  /** Creates the check. */
  public AllowPrivilegeEscalationCheck() {
    super(
        "allowPrivilegeEscalation",
        PodSecurityLevel.RESTRICTED,
        "PSS_ALLOW_PRIVILEGE_ESCALATION",
        "Every container must set `securityContext.allowPrivilegeEscalation: false` explicitly"
            + " (unset fails; Windows pods exempt).",
        "Set `securityContext.allowPrivilegeEscalation: false` on the container.");
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
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
