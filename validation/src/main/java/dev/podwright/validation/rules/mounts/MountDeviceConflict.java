package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Within one container, a volume is either mounted or attached as a block device, and a path is
 * used by a mount or a device, not both ({@code MOUNT_DEVICE_CONFLICT}). Both sides are reported,
 * as the API server does.
 */
public final class MountDeviceConflict implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_DEVICE_CONFLICT",
          Severity.ERROR,
          MountRules.SECTION,
          "No container uses the same volume or path in both volumeMounts and volumeDevices.",
          "The API server rejects the overlap (Invalid value: must not already exist in"
              + " volumeDevices / volumeMounts).",
          "Use the volume either as a filesystem mount or as a raw block device, at distinct"
              + " paths.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<MountRules.Device> devices = MountRules.devices(ref);
      if (devices.isEmpty()) {
        continue;
      }
      Set<String> mountNames = new LinkedHashSet<>();
      Set<String> mountPaths = new LinkedHashSet<>();
      for (MountRules.Mount mount : MountRules.mounts(context, ref)) {
        addIfSet(mountNames, mount.mount().getName());
        addIfSet(mountPaths, mount.mount().getMountPath());
      }
      Set<String> deviceNames = new LinkedHashSet<>();
      Set<String> devicePaths = new LinkedHashSet<>();
      for (MountRules.Device device : devices) {
        addIfSet(deviceNames, device.device().getName());
        addIfSet(devicePaths, device.device().getDevicePath());
      }
      if (deviceNames.isEmpty() && devicePaths.isEmpty()) {
        continue;
      }
      for (MountRules.Mount mount : MountRules.mounts(context, ref)) {
        String name = mount.mount().getName();
        String path = mount.mount().getMountPath();
        if (!MountRules.isEmpty(name) && deviceNames.contains(name)) {
          sink.report(
              mount.path().child("name"),
              name,
              "Invalid value: \"" + name + "\": must not already exist in volumeDevices.");
        }
        if (!MountRules.isEmpty(path) && devicePaths.contains(path)) {
          sink.report(
              mount.path().child("mountPath"),
              path,
              "Invalid value: \""
                  + path
                  + "\": must not already exist as a path in volumeDevices.");
        }
      }
      for (MountRules.Device device : devices) {
        String name = device.device().getName();
        String path = device.device().getDevicePath();
        if (!MountRules.isEmpty(name) && mountNames.contains(name)) {
          sink.report(
              device.path().child("name"),
              name,
              "Invalid value: \"" + name + "\": must not already exist in volumeMounts.");
        }
        if (!MountRules.isEmpty(path) && mountPaths.contains(path)) {
          sink.report(
              device.path().child("devicePath"),
              path,
              "Invalid value: \"" + path + "\": must not already exist as a path in volumeMounts.");
        }
      }
    }
  }

  private static void addIfSet(Set<String> values, String value) {
    if (!MountRules.isEmpty(value)) {
      values.add(value);
    }
  }
}
