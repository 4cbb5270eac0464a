package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeDevice;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A volume that no container mounts (or uses as a block device). */
public final class UnusedVolumeRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_VOLUME_UNUSED",
          Severity.INFO,
          Hazards.SECTION,
          "A volume is declared but no container mounts it.",
          "It is still set up (a PVC is bound and attached, a secret is fetched) for nothing;"
              + " often a mount was forgotten or names the wrong volume.",
          "Mount the volume where it is needed, or remove it.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    if (volumes.isEmpty()) {
      return;
    }
    Set<String> used = new HashSet<>();
    for (ContainerRef ref : context.containers()) {
      addMounts(used, ref.container().getVolumeMounts(), ref.container().getVolumeDevices());
    }
    for (V1EphemeralContainer e : Hazards.list(context.spec().getEphemeralContainers())) {
      if (e != null) {
        addMounts(used, e.getVolumeMounts(), e.getVolumeDevices());
      }
    }
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null || volume.getName() == null || used.contains(volume.getName())) {
        continue;
      }
      sink.report(
          context.root().child("volumes").index(i),
          volume.getName(),
          "volume " + Hazards.quote(volume.getName()) + " is declared but no container mounts it.");
    }
  }

  private static void addMounts(
      Set<String> used, List<V1VolumeMount> mounts, List<V1VolumeDevice> devices) {
    for (V1VolumeMount m : Hazards.list(mounts)) {
      if (m != null && m.getName() != null) {
        used.add(m.getName());
      }
    }
    for (V1VolumeDevice d : Hazards.list(devices)) {
      if (d != null && d.getName() != null) {
        used.add(d.getName());
      }
    }
  }
}
