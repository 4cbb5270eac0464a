package dev.podwright.validation.rules.mounts;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeDevice;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared walking of volume mounts and devices for the mount rules; every method is null-safe. */
final class MountRules {

  static final String SECTION = "D. Volume mounts and volume devices";

  /** A non-null mount of a container, its index and its path. */
  record Mount(ContainerRef container, V1VolumeMount mount, int index, FieldPath path) {

    /**
     * The list path, {@code ...volumeMounts}, where the API server reports subPath, subPathExpr,
     * mountPropagation and recursiveReadOnly errors (without the index).
     */
    FieldPath listPath() {
      return container.path().child("volumeMounts");
    }

    /** How messages name the mount: {@code volumeMounts[0] ("data" at /data)}. */
    String describe() {
      return "volumeMounts["
          + index
          + "] (\""
          + mount.getName()
          + "\" at "
          + mount.getMountPath()
          + ")";
    }
  }

  /** A non-null device of a container, its index and its path. */
  record Device(ContainerRef container, V1VolumeDevice device, int index, FieldPath path) {}

  private MountRules() {}

  static List<Mount> mounts(ContainerRef ref) {
    List<Mount> all = new ArrayList<>();
    List<V1VolumeMount> mounts = ref.container().getVolumeMounts();
    if (mounts == null) {
      return all;
    }
    FieldPath list = ref.path().child("volumeMounts");
    for (int i = 0; i < mounts.size(); i++) {
      if (mounts.get(i) != null) {
        all.add(new Mount(ref, mounts.get(i), i, list.index(i)));
      }
    }
    return all;
  }

  static List<Mount> mounts(PodSpecContext context) {
    List<Mount> all = new ArrayList<>();
    for (ContainerRef ref : context.containers()) {
      all.addAll(mounts(ref));
    }
    return all;
  }

  static List<Device> devices(ContainerRef ref) {
    List<Device> all = new ArrayList<>();
    List<V1VolumeDevice> devices = ref.container().getVolumeDevices();
    if (devices == null) {
      return all;
    }
    FieldPath list = ref.path().child("volumeDevices");
    for (int i = 0; i < devices.size(); i++) {
      if (devices.get(i) != null) {
        all.add(new Device(ref, devices.get(i), i, list.index(i)));
      }
    }
    return all;
  }

  /** The declared volumes by name, first declaration winning; unnamed volumes are left out. */
  static Map<String, V1Volume> volumesByName(PodSpecContext context) {
    Map<String, V1Volume> byName = new LinkedHashMap<>();
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return byName;
    }
    for (V1Volume volume : volumes) {
      if (volume != null && volume.getName() != null && !volume.getName().isEmpty()) {
        byName.putIfAbsent(volume.getName(), volume);
      }
    }
    return byName;
  }

  static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }

  static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
  }
}
