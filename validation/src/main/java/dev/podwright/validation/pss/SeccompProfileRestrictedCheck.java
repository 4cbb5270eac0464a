package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SeccompProfile;

/**
 * Restricted: {@code seccompProfile.type} must be RuntimeDefault or Localhost, at pod level or in
 * every container; nobody may set another type (Windows pods exempt).
 */
final class SeccompProfileRestrictedCheck {

  private SeccompProfileRestrictedCheck() {}

  private static boolean valid(String type) {
    return "RuntimeDefault".equals(type) || "Localhost".equals(type);
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.isWindows() && pod.atLeast(1, 25)) {
      return;
    }
    boolean podSet = false;
    V1SeccompProfile podProfile =
        pod.podSecurityContext() == null ? null : pod.podSecurityContext().getSeccompProfile();
    if (podProfile != null) {
      if (valid(podProfile.getType())) {
        podSet = true;
      } else {
        sink.report(
            pod.podSecurityContextPath().child("seccompProfile").child("type"),
            podProfile.getType(),
            "seccompProfile (pod must not set securityContext.seccompProfile.type to "
                + PodView.quote(String.valueOf(podProfile.getType()))
                + ")");
      }
    }
    for (PodContainer c : pod.containers()) {
      V1SeccompProfile p =
          c.securityContext() == null ? null : c.securityContext().getSeccompProfile();
      if (p != null) {
        if (!valid(p.getType())) {
          sink.report(
              c.sc("seccompProfile").child("type"),
              p.getType(),
              "seccompProfile ("
                  + c.quoted()
                  + " must not set securityContext.seccompProfile.type to "
                  + PodView.quote(String.valueOf(p.getType()))
                  + ")");
        }
      } else if (!podSet) {
        sink.report(
            c.sc("seccompProfile").child("type"),
            null,
            "seccompProfile (pod or "
                + c.quoted()
                + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or"
                + " \"Localhost\")");
      }
    }
  }
}
