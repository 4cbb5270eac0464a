package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Capabilities;
import java.util.List;

/**
 * Restricted: every container must drop ALL capabilities and may add back only NET_BIND_SERVICE
 * (Windows pods exempt).
 */
final class CapabilitiesRestrictedCheck {

  private CapabilitiesRestrictedCheck() {}

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    if (pod.isWindows() && pod.atLeast(1, 25)) {
      return;
    }
    for (PodContainer c : pod.containers()) {
      V1Capabilities caps =
          c.securityContext() == null ? null : c.securityContext().getCapabilities();
      List<String> drop = caps == null ? null : caps.getDrop();
      if (drop == null || !drop.contains("ALL")) {
        sink.report(
            c.sc("capabilities").child("drop"),
            drop,
            "unrestricted capabilities ("
                + c.quoted()
                + " must set securityContext.capabilities.drop=[\"ALL\"])");
      }
      List<String> add = caps == null ? null : caps.getAdd();
      if (add == null) {
        continue;
      }
      for (int i = 0; i < add.size(); i++) {
        String cap = add.get(i);
        if (!"NET_BIND_SERVICE".equals(cap)) {
          sink.report(
              c.sc("capabilities").child("add").index(i),
              cap,
              "unrestricted capabilities ("
                  + c.quoted()
                  + " must not include "
                  + PodView.quote(String.valueOf(cap))
                  + " in securityContext.capabilities.add)");
        }
      }
    }
  }
}
