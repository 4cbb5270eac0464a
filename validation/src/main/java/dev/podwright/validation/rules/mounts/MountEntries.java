package dev.podwright.validation.rules.mounts;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeDevice;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared walking of volume mounts and devices for the mount rules; every method is null-safe. */
final class MountEntries {

  /** A non-null mount of a container, its index and its path. */
  record Mount(ContainerRef container, V1VolumeMount mount, int index) {
    /** The mount's path, {@code spec.containers[0].volumeMounts[1]}; built for a finding. */
    FieldPath path() {
      return listPath().index(index);
    }

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

  private MountEntries() {}

  private static final PodSpecContext.Derived<Map<ContainerRef, List<Mount>>> BY_CONTAINER =
      new ByContainer();

  private static final PodSpecContext.Derived<List<Mount>> ALL = new All();

  private static final PodSpecContext.Derived<Map<String, V1Volume>> VOLUMES = new VolumesByName();

  /** The mounts of one container of the context, built once per validation. */
  static List<Mount> mounts(PodSpecContext context, ContainerRef ref) {
    List<Mount> mounts = context.derived(BY_CONTAINER).get(ref);
    return mounts == null ? mounts(ref) : mounts;
  }

  private static final class ByContainer
      implements PodSpecContext.Derived<Map<ContainerRef, List<Mount>>> {
    @Override
    public Map<ContainerRef, List<Mount>> compute(PodSpecContext context) {
      Map<ContainerRef, List<Mount>> byContainer = new IdentityHashMap<>();
      for (ContainerRef ref : context.containers()) {
        byContainer.put(ref, List.copyOf(mounts(ref)));
      }
      return Collections.unmodifiableMap(byContainer);
    }
  }

  private static final class All implements PodSpecContext.Derived<List<Mount>> {
    @Override
    public List<Mount> compute(PodSpecContext context) {
      List<Mount> all = new ArrayList<>();
      for (ContainerRef ref : context.containers()) {
        all.addAll(mounts(context, ref));
      }
      return List.copyOf(all);
    }
  }

  private static final class VolumesByName
      implements PodSpecContext.Derived<Map<String, V1Volume>> {
    @Override
    public Map<String, V1Volume> compute(PodSpecContext context) {
      Map<String, V1Volume> byName = new LinkedHashMap<>();
      List<V1Volume> volumes = context.spec().getVolumes();
      if (volumes != null) {
        for (V1Volume volume : volumes) {
          if (volume != null && volume.getName() != null && !volume.getName().isEmpty()) {
            byName.putIfAbsent(volume.getName(), volume);
          }
        }
      }
      return Collections.unmodifiableMap(byName);
    }
  }

  private static List<Mount> mounts(ContainerRef ref) {
    List<Mount> all = new ArrayList<>();
    List<V1VolumeMount> mounts = ref.container().getVolumeMounts();
    if (mounts == null) {
      return all;
    }
    for (int i = 0; i < mounts.size(); i++) {
      if (mounts.get(i) != null) {
        all.add(new Mount(ref, mounts.get(i), i));
      }
    }
    return all;
  }

  /** Every mount of every container, in spec order, built once per validation. */
  static List<Mount> mounts(PodSpecContext context) {
    return context.derived(ALL);
  }

  /** The non-null devices of a container, in order (read-only). */
  static List<Device> devices(ContainerRef ref) {
    List<V1VolumeDevice> devices = ref.container().getVolumeDevices();
    if (devices == null || devices.isEmpty()) {
      return List.of();
    }
    List<Device> all = new ArrayList<>();
    FieldPath list = ref.path().child("volumeDevices");
    for (int i = 0; i < devices.size(); i++) {
      if (devices.get(i) != null) {
        all.add(new Device(ref, devices.get(i), i, list.index(i)));
      }
    }
    return all;
  }

  /** The declared volumes by name, first declaration winning; unnamed volumes are left out. */
  /** The first volume of each name, in spec order (read-only), built once per validation. */
  static Map<String, V1Volume> volumesByName(PodSpecContext context) {
    return context.derived(VOLUMES);
  }

  static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }

  /** {@code "a", "b"}: every value in double quotes, comma-separated. */
  static String quoted(List<String> values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append('"').append(values.get(i)).append('"');
    }
    return text.toString();
  }
}
