package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import java.util.Map;

/**
 * Baseline: AppArmor may not be disabled, neither by {@code appArmorProfile.type} (pod or
 * container) nor by the beta annotations {@code container.apparmor.security.beta.kubernetes.io/*}
 * (annotations are seen only through {@link PodSecurityStandards}).
 */
final class AppArmorProfileCheck {

  private AppArmorProfileCheck() {}

  static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.podSecurityContext() != null) {
      checkType(pod.podSecurityContext().getAppArmorProfile(), pod, null, sink);
    }
    for (PodContainer c : pod.containers()) {
      if (c.securityContext() != null) {
        checkType(c.securityContext().getAppArmorProfile(), pod, c, sink);
      }
    }
    for (Map.Entry<String, String> e : pod.annotations().entrySet()) {
      String value = e.getValue() == null ? "" : e.getValue();
      if (e.getKey().startsWith(ANNOTATION_PREFIX)
          && !value.isEmpty()
          && !value.equals("runtime/default")
          && !value.startsWith("localhost/")) {
        sink.report(
            pod.annotationsPath().key(e.getKey()),
            value,
            "forbidden AppArmor profile (annotation "
                + e.getKey()
                + "="
                + PodView.quote(value)
                + " must not set the AppArmor profile to "
                + PodView.quote(value)
                + ")");
      }
    }
  }

  /** Checks the profile type of the pod ({@code c} null) or of a container. */
  private static void checkType(
      V1AppArmorProfile profile, PodView pod, PodContainer c, ViolationSink sink) {
    if (profile == null) {
      return;
    }
    String type = profile.getType();
    if (!"RuntimeDefault".equals(type) && !"Localhost".equals(type)) {
      sink.report(
          c == null
              ? pod.podSecurityContextPath().child("appArmorProfile").child("type")
              : c.sc("appArmorProfile").child("type"),
          type,
          "forbidden AppArmor profile ("
              + (c == null ? "pod" : c.quoted())
              + " must not set AppArmor profile type to "
              + PodView.quote(String.valueOf(type))
              + ")");
    }
  }
}
