package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each {@code volumeDevices} entry names a declared volume and a device path, both unique within
 * the container, the path without {@code ..} elements ({@code DEVICE_FIELDS}).
 */
public final class DeviceFields implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "DEVICE_FIELDS",
          Severity.ERROR,
          MountRules.SECTION,
          "volumeDevices entries set a declared volume name and a devicePath, each unique in the"
              + " container, the path without '..'.",
          "The API server rejects missing (Required value), repeated or escaping (Invalid value)"
              + " and undeclared (Not found) entries.",
          "Name a persistentVolumeClaim or ephemeral volume of spec.volumes and give each device"
              + " its own path, e.g. /dev/xvda.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, ?> volumes = MountRules.volumesByName(context);
    for (ContainerRef ref : context.containers()) {
      List<MountRules.Device> devices = MountRules.devices(ref);
      if (devices.isEmpty()) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      Set<String> paths = new LinkedHashSet<>();
      for (MountRules.Device device : devices) {
        String name = device.device().getName();
        String path = device.device().getDevicePath();
        if (MountRules.isEmpty(name)) {
          sink.report(
              device.path().child("name"),
              null,
              "Required value: volumeDevices[" + device.index() + "] names no volume.");
        } else {
          if (!names.add(name)) {
            sink.report(
                device.path().child("name"),
                name,
                "Invalid value: \"" + name + "\": must be unique.");
          }
          if (!volumes.containsKey(name)) {
            sink.report(
                device.path().child("name"),
                name,
                "Not found: \"" + name + "\": spec.volumes declares no volume of that name.");
          }
        }
        if (MountRules.isEmpty(path)) {
          sink.report(
              device.path().child("devicePath"),
              null,
              "Required value: volumeDevices[" + device.index() + "] has no devicePath.");
          continue;
        }
        if (!paths.add(path)) {
          sink.report(
              device.path().child("devicePath"),
              path,
              "Invalid value: \"" + path + "\": must be unique.");
        }
        if (LocalPaths.hasBackstep(path)) {
          sink.report(
              device.path().child("devicePath"),
              path,
              "Invalid value: \"" + path + "\": can not contain backsteps ('..').");
        }
      }
    }
  }
}
