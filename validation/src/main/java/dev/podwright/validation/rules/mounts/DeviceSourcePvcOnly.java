package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.Map;

/**
 * A block device comes from a persistentVolumeClaim or ephemeral volume ({@code
 * DEVICE_SOURCE_PVC_ONLY}). A volume with no source is defaulted to emptyDir, which does not
 * qualify.
 */
public final class DeviceSourcePvcOnly implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "DEVICE_SOURCE_PVC_ONLY",
          Severity.ERROR,
          MountRules.SECTION,
          "volumeDevices name persistentVolumeClaim or ephemeral volumes only.",
          "The API server rejects block devices from other volume types (Invalid value: can only"
              + " use volume source type of PersistentVolumeClaim or Ephemeral for block mode).",
          "Attach a PVC (volumeMode: Block) as the device, or mount the volume with volumeMounts"
              + " instead.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, V1Volume> volumes = MountRules.volumesByName(context);
    for (ContainerRef ref : context.containers()) {
      for (MountRules.Device device : MountRules.devices(ref)) {
        String name = device.device().getName();
        V1Volume volume = name == null ? null : volumes.get(name);
        if (volume != null
            && volume.getPersistentVolumeClaim() == null
            && volume.getEphemeral() == null) {
          sink.report(
              device.path().child("name"),
              name,
              "Invalid value: \""
                  + name
                  + "\": can only use volume source type of PersistentVolumeClaim or Ephemeral for"
                  + " block mode.");
        }
      }
    }
  }
}
