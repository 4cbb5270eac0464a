package dev.podwright.validation.pss;

import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Capabilities;
import java.util.List;

/**
 * Restricted: every container must drop ALL capabilities and may add back only NET_BIND_SERVICE
 * (Windows pods exempt).
 */
public final class CapabilitiesRestrictedCheck extends PodSecurityCheck {

  /** Creates the check. */
  public CapabilitiesRestrictedCheck() {
    super(
        "capabilities_restricted",
        PodSecurityLevel.RESTRICTED,
        "PSS_CAPABILITIES_RESTRICTED",
        "Every container must set `capabilities.drop: [ALL]` and may add only NET_BIND_SERVICE"
            + " (Windows pods exempt).",
        "Set `securityContext.capabilities: {drop: [ALL]}` and add nothing but NET_BIND_SERVICE.");
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
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
                  + quote(String.valueOf(cap))
                  + " in securityContext.capabilities.add)");
        }
      }
    }
  }
}
