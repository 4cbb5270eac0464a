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
public final class HostPathVolumesCheck extends PodSecurityCheck {

  /** Creates the check. */
  public HostPathVolumesCheck() {
    super(
        "hostPathVolumes",
        PodSecurityLevel.BASELINE,
        "PSS_HOST_PATH_VOLUMES",
        "No volume may be a `hostPath` volume.",
        "Use an emptyDir, a PersistentVolumeClaim or a CSI volume instead of hostPath.");
  }

  @Override
  public boolean appliesTo(PodSecurityLevel enforced, KubernetesVersion version) {
    return enforced == PodSecurityLevel.BASELINE;
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
    List<V1Volume> volumes = pod.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume v = volumes.get(i);
      if (v != null && v.getHostPath() != null) {
        sink.report(
            pod.root().child("volumes").index(i).child("hostPath"),
            v.getHostPath().getPath(),
            "hostPath volumes (volume " + quote(String.valueOf(v.getName())) + ")");
      }
    }
  }
}
