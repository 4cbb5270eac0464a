package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;

/**
 * Baseline: no hostPath volumes. Replaced by {@link RestrictedVolumesCheck} at the restricted
 * level.
 */
final class HostPathVolumesCheck {

  private HostPathVolumesCheck() {}

  /** True when the check runs at the enforced level and policy version. */
  static boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced == PodSecurityLevel.BASELINE;
  }

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    List<V1Volume> volumes = pod.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume v = volumes.get(i);
      if (v != null && v.getHostPath() != null) {
        sink.report(
            pod.root().child("volumes").index(i).child("hostPath"),
            v.getHostPath().getPath(),
            "hostPath volumes (volume " + PodView.quote(String.valueOf(v.getName())) + ")");
      }
    }
  }
}
