package dev.podwright.validation.rules.mounts;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks behind {@link MountRule}, one static method per rule, and their helpers: {@code
 * MOUNT_NAME_REQUIRED}, {@code MOUNT_NAME_NOT_FOUND}, {@code MOUNT_PATH_REQUIRED}, {@code
 * MOUNT_PATH_UNIQUE_PER_CONTAINER}, {@code MOUNT_SUBPATH_LOCAL}, {@code MOUNT_SUBPATHEXPR}, {@code
 * MOUNT_PROPAGATION_ENUM}, {@code MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV}, {@code
 * MOUNT_RRO_REQUIRES_READONLY}, {@code MOUNT_DEVICE_CONFLICT}, {@code DEVICE_FIELDS}, {@code
 * DEVICE_SOURCE_PVC_ONLY}.
 */
final class MountChecks {

  static final List<String> MOUNT_PROPAGATION_ENUM_SUPPORTED =
      List.of("Bidirectional", "HostToContainer", "None");

  private static final KubernetesVersion RECURSIVE_READ_ONLY_BETA = KubernetesVersion.of(1, 31);

  private static final List<String> MOUNT_RRO_REQUIRES_READONLY_SUPPORTED =
      List.of("Disabled", "Enabled", "IfPossible");

  private MountChecks() {}

  /** Checks {@link MountRule#MOUNT_NAME_REQUIRED}. */
  static void mountNameRequired(PodSpecContext context, ViolationSink sink) {
    for (MountEntries.Mount mount : MountEntries.mounts(context)) {
      if (MountEntries.isEmpty(mount.mount().getName())) {
        sink.report(
            mount.path().child("name"),
            null,
            "Required value: container \""
                + mount.container().displayName()
                + "\" mounts at "
                + mount.mount().getMountPath()
                + " without naming a volume.");
      }
    }
  }

  /** Checks {@link MountRule#MOUNT_NAME_NOT_FOUND}. */
  static void mountNameNotFound(PodSpecContext context, ViolationSink sink) {
    Map<String, ?> volumes = MountEntries.volumesByName(context);
    for (MountEntries.Mount mount : MountEntries.mounts(context)) {
      String name = mount.mount().getName();
      if (!MountEntries.isEmpty(name) && !volumes.containsKey(name)) {
        sink.report(
            mount.path().child("name"),
            name,
            "Not found: \""
                + name
                + "\": container \""
                + mount.container().displayName()
                + "\" mounts a volume that spec.volumes does not declare"
                + (volumes.isEmpty()
                    ? " (it declares none)."
                    : " (declared: " + String.join(", ", volumes.keySet()) + ")."));
      }
    }
  }

  /** Checks {@link MountRule#MOUNT_PATH_REQUIRED}. */
  static void mountPathRequired(PodSpecContext context, ViolationSink sink) {
    for (MountEntries.Mount mount : MountEntries.mounts(context)) {
      if (MountEntries.isEmpty(mount.mount().getMountPath())) {
        sink.report(
            mount.path().child("mountPath"),
            null,
            "Required value: container \""
                + mount.container().displayName()
                + "\" mounts volume \""
                + mount.mount().getName()
                + "\" without a mountPath.");
      }
    }
  }

  /** Checks {@link MountRule#MOUNT_PATH_UNIQUE_PER_CONTAINER}. */
  static void mountPathUniquePerContainer(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<MountEntries.Mount> mounts = MountEntries.mounts(context, ref);
      if (mounts.size() < 2) {
        continue;
      }
      // a few mounts are compared pairwise; many are indexed, so the check stays linear
      Map<String, MountEntries.Mount> seen = mounts.size() > PAIRWISE ? new HashMap<>() : null;
      for (int i = 0; i < mounts.size(); i++) {
        MountEntries.Mount mount = mounts.get(i);
        String path = mount.mount().getMountPath();
        if (MountEntries.isEmpty(path)) {
          continue;
        }
        MountEntries.Mount first =
            seen != null ? seen.putIfAbsent(path, mount) : firstAt(mounts, i, path);
        if (first != null) {
          sink.report(
              mount.path().child("mountPath"),
              path,
              "Invalid value: \""
                  + path
                  + "\": must be unique; "
                  + first.path()
                  + " already mounts there.");
        }
      }
    }
  }

  /** Up to this many mounts in a container, duplicates are found by comparing pairs. */
  private static final int PAIRWISE = 16;

  /** The first mount before {@code before} at this mount path, or null. */
  private static MountEntries.Mount firstAt(
      List<MountEntries.Mount> mounts, int before, String path) {
    for (int j = 0; j < before; j++) {
      if (path.equals(mounts.get(j).mount().getMountPath())) {
        return mounts.get(j);
      }
    }
    return null;
  }

  /** Checks {@link MountRule#MOUNT_SUBPATH_LOCAL}. */
  static void mountSubPathLocal(PodSpecContext context, ViolationSink sink) {
    for (MountEntries.Mount mount : MountEntries.mounts(context)) {
      String subPath = mount.mount().getSubPath();
      if (MountEntries.isEmpty(subPath)) {
        continue;
      }
      for (String error : LocalPaths.descendingPathErrors(subPath)) {
        sink.report(
            mount.listPath().child("subPath"),
            subPath,
            "Invalid value: \"" + subPath + "\": " + error + " (" + mount.describe() + ").");
      }
    }
  }

  /** Checks {@link MountRule#MOUNT_SUBPATHEXPR}. */
  static void mountSubPathExpr(PodSpecContext context, ViolationSink sink) {
    for (MountEntries.Mount mount : MountEntries.mounts(context)) {
      String expr = mount.mount().getSubPathExpr();
      if (MountEntries.isEmpty(expr)) {
        continue;
      }
      if (!MountEntries.isEmpty(mount.mount().getSubPath())) {
        sink.report(
            mount.path().child("subPathExpr"),
            expr,
            "Invalid value: \"" + expr + "\": subPathExpr and subPath are mutually exclusive.");
      }
      for (String error : LocalPaths.descendingPathErrors(expr)) {
        sink.report(
            mount.listPath().child("subPathExpr"),
            expr,
            "Invalid value: \"" + expr + "\": " + error + " (" + mount.describe() + ").");
      }
    }
  }

  /** Checks {@link MountRule#MOUNT_PROPAGATION_ENUM}. */
  static void mountPropagationEnum(PodSpecContext context, ViolationSink sink) {
    for (MountEntries.Mount mount : MountEntries.mounts(context)) {
      String mode = mount.mount().getMountPropagation();
      if (mode != null && !MOUNT_PROPAGATION_ENUM_SUPPORTED.contains(mode)) {
        sink.report(
            mount.listPath().child("mountPropagation"),
            mode,
            "Unsupported value: \""
                + mode
                + "\": supported values: "
                + MountEntries.quoted(MOUNT_PROPAGATION_ENUM_SUPPORTED)
                + " ("
                + mount.describe()
                + ").");
      }
    }
  }

  /** Checks {@link MountRule#MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV}. */
  static void mountPropagationBidirectionalPrivileged(PodSpecContext context, ViolationSink sink) {
    for (MountEntries.Mount mount : MountEntries.mounts(context)) {
      if (!"Bidirectional".equals(mount.mount().getMountPropagation())) {
        continue;
      }
      V1SecurityContext security = mount.container().container().getSecurityContext();
      if (security == null || !Boolean.TRUE.equals(security.getPrivileged())) {
        sink.report(
            mount.listPath().child("mountPropagation"),
            "Bidirectional",
            "Forbidden: Bidirectional mount propagation is available only to privileged"
                + " containers; container \""
                + mount.container().displayName()
                + "\" is not privileged ("
                + mount.describe()
                + ").");
      }
    }
  }

  /** Checks {@link MountRule#MOUNT_RRO_REQUIRES_READONLY}. */
  static void mountRecursiveReadOnly(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(RECURSIVE_READ_ONLY_BETA)) {
      return;
    }
    for (MountEntries.Mount mount : MountEntries.mounts(context)) {
      String value = mount.mount().getRecursiveReadOnly();
      if (value == null || value.equals("Disabled")) {
        continue;
      }
      if (!MOUNT_RRO_REQUIRES_READONLY_SUPPORTED.contains(value)) {
        sink.report(
            mount.listPath().child("recursiveReadOnly"),
            value,
            "Unsupported value: \""
                + value
                + "\": supported values: "
                + MountEntries.quoted(MOUNT_RRO_REQUIRES_READONLY_SUPPORTED)
                + " ("
                + mount.describe()
                + ").");
        continue;
      }
      if (!Boolean.TRUE.equals(mount.mount().getReadOnly())) {
        sink.report(
            mount.listPath().child("recursiveReadOnly"),
            value,
            "Forbidden: may only be specified when readOnly is true (" + mount.describe() + ").");
      }
      String propagation = mount.mount().getMountPropagation();
      if (propagation != null && !propagation.equals("None")) {
        sink.report(
            mount.listPath().child("recursiveReadOnly"),
            value,
            "Forbidden: may only be specified when mountPropagation is None or not specified ("
                + mount.describe()
                + " uses "
                + propagation
                + ").");
      }
    }
  }

  /** Checks {@link MountRule#MOUNT_DEVICE_CONFLICT}. */
  static void mountDeviceConflict(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<MountEntries.Device> devices = MountEntries.devices(ref);
      if (devices.isEmpty()) {
        continue;
      }
      Set<String> mountNames = new LinkedHashSet<>();
      Set<String> mountPaths = new LinkedHashSet<>();
      for (MountEntries.Mount mount : MountEntries.mounts(context, ref)) {
        addIfSet(mountNames, mount.mount().getName());
        addIfSet(mountPaths, mount.mount().getMountPath());
      }
      Set<String> deviceNames = new LinkedHashSet<>();
      Set<String> devicePaths = new LinkedHashSet<>();
      for (MountEntries.Device device : devices) {
        addIfSet(deviceNames, device.device().getName());
        addIfSet(devicePaths, device.device().getDevicePath());
      }
      if (deviceNames.isEmpty() && devicePaths.isEmpty()) {
        continue;
      }
      for (MountEntries.Mount mount : MountEntries.mounts(context, ref)) {
        String name = mount.mount().getName();
        String path = mount.mount().getMountPath();
        if (!MountEntries.isEmpty(name) && deviceNames.contains(name)) {
          sink.report(
              mount.path().child("name"),
              name,
              "Invalid value: \"" + name + "\": must not already exist in volumeDevices.");
        }
        if (!MountEntries.isEmpty(path) && devicePaths.contains(path)) {
          sink.report(
              mount.path().child("mountPath"),
              path,
              "Invalid value: \""
                  + path
                  + "\": must not already exist as a path in volumeDevices.");
        }
      }
      for (MountEntries.Device device : devices) {
        String name = device.device().getName();
        String path = device.device().getDevicePath();
        if (!MountEntries.isEmpty(name) && mountNames.contains(name)) {
          sink.report(
              device.path().child("name"),
              name,
              "Invalid value: \"" + name + "\": must not already exist in volumeMounts.");
        }
        if (!MountEntries.isEmpty(path) && mountPaths.contains(path)) {
          sink.report(
              device.path().child("devicePath"),
              path,
              "Invalid value: \"" + path + "\": must not already exist as a path in volumeMounts.");
        }
      }
    }
  }

  /** Checks {@link MountRule#DEVICE_FIELDS}. */
  static void deviceFields(PodSpecContext context, ViolationSink sink) {
    Map<String, ?> volumes = MountEntries.volumesByName(context);
    for (ContainerRef ref : context.containers()) {
      List<MountEntries.Device> devices = MountEntries.devices(ref);
      if (devices.isEmpty()) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      Set<String> paths = new LinkedHashSet<>();
      for (MountEntries.Device device : devices) {
        String name = device.device().getName();
        String path = device.device().getDevicePath();
        if (MountEntries.isEmpty(name)) {
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
        if (MountEntries.isEmpty(path)) {
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

  /** Checks {@link MountRule#DEVICE_SOURCE_PVC_ONLY}. */
  static void deviceSourcePvcOnly(PodSpecContext context, ViolationSink sink) {
    Map<String, V1Volume> volumes = MountEntries.volumesByName(context);
    for (ContainerRef ref : context.containers()) {
      for (MountEntries.Device device : MountEntries.devices(ref)) {
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

  private static void addIfSet(Set<String> values, String value) {
    if (!MountEntries.isEmpty(value)) {
      values.add(value);
    }
  }
}
