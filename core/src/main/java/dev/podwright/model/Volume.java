package dev.podwright.model;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A pod-level volume, declared once and mounted by name by any container. Immutable. Create one
 * with the static factories: {@code Volume.emptyDir("cache").inMemory().sizeLimit("64Mi")}.
 */
public sealed interface Volume
    permits Volume.EmptyDir,
        Volume.ConfigMap,
        Volume.Secret,
        Volume.PersistentVolumeClaim,
        Volume.HostPath,
        Volume.Projected,
        Volume.DownwardApi,
        Volume.Csi,
        Volume.Ephemeral,
        Volume.Raw {

  /** The volume's name, unique in the pod. */
  String name();

  /** The kind of source. */
  VolumeType type();

  /** A scratch directory that lives as long as the pod. */
  static EmptyDir emptyDir(String name) {
    return new EmptyDir(name, null, null);
  }

  /** The keys of a ConfigMap as files. */
  static ConfigMap configMap(String name, String configMapName) {
    return new ConfigMap(name, configMapName, List.of(), null, null);
  }

  /** The keys of a Secret as files. */
  static Secret secret(String name, String secretName) {
    return new Secret(name, secretName, List.of(), null, null);
  }

  /** A PersistentVolumeClaim. */
  static PersistentVolumeClaim persistentVolumeClaim(String name, String claimName) {
    return new PersistentVolumeClaim(name, claimName, false);
  }

  /** A path of the node's filesystem. */
  static HostPath hostPath(String name, String path) {
    return new HostPath(name, path, null);
  }

  /** Several sources (ConfigMaps, Secrets, downward API, service account tokens) in one dir. */
  static Projected projected(String name, V1VolumeProjection... sources) {
    return new Projected(name, Arrays.asList(sources), null);
  }

  /** Pod fields and container resources as files. */
  static DownwardApi downwardApi(String name, DownwardApiItem... items) {
    return new DownwardApi(name, List.of(items), null);
  }

  /** A volume provided by a CSI driver, inline. */
  static Csi csi(String name, String driver) {
    return new Csi(name, driver, null, null, Map.of(), null);
  }

  /**
   * A generic ephemeral volume: a PVC created with the pod and deleted with it.
   *
   * @throws IllegalArgumentException when the size is not a quantity
   */
  static Ephemeral ephemeral(String name, String storageClassName, String size) {
    return new Ephemeral(
        name, storageClassName, List.of("ReadWriteOnce"), Quantities.require(size));
  }

  /** Any volume the official model can express, as is (deep-copied). */
  static Raw raw(V1Volume volume) {
    return new Raw(volume);
  }

  /**
   * {@code emptyDir}.
   *
   * @param name the name
   * @param medium where it lives; null for the node's default
   * @param sizeLimit the most it may hold, or null
   */
  record EmptyDir(@NotBlank @Size(max = 63) String name, Medium medium, Quantity sizeLimit)
      implements Volume {
    @Override
    public VolumeType type() {
      return VolumeType.EMPTY_DIR;
    }

    /** This volume in RAM ({@code medium: Memory}). */
    public EmptyDir inMemory() {
      return new EmptyDir(name, Medium.MEMORY, sizeLimit);
    }

    /**
     * This volume with a size limit such as {@code 64Mi}.
     *
     * @throws IllegalArgumentException when the size is not a quantity
     */
    public EmptyDir sizeLimit(String size) {
      return new EmptyDir(name, medium, Quantities.require(size));
    }
  }

  /**
   * {@code configMap}.
   *
   * @param name the name
   * @param configMapName the ConfigMap
   * @param items which keys to which files; empty for every key
   * @param defaultMode file mode bits, or null for 0644
   * @param optional true when the pod may start without it; null for false
   */
  record ConfigMap(
      @NotBlank @Size(max = 63) String name,
      String configMapName,
      List<KeyToPath> items,
      Integer defaultMode,
      Boolean optional)
      implements Volume {
    /** Copies the items. */
    public ConfigMap {
      items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public VolumeType type() {
      return VolumeType.CONFIG_MAP;
    }

    /** This volume with only the given keys, at the given paths. */
    public ConfigMap items(KeyToPath... keys) {
      return new ConfigMap(name, configMapName, List.of(keys), defaultMode, optional);
    }

    /** This volume with a default file mode. */
    public ConfigMap defaultMode(int mode) {
      return new ConfigMap(name, configMapName, items, mode, optional);
    }

    /** This volume, allowed to be missing. */
    public ConfigMap asOptional() {
      return new ConfigMap(name, configMapName, items, defaultMode, true);
    }
  }

  /**
   * {@code secret}.
   *
   * @param name the name
   * @param secretName the Secret
   * @param items which keys to which files; empty for every key
   * @param defaultMode file mode bits, or null for 0644
   * @param optional true when the pod may start without it; null for false
   */
  record Secret(
      @NotBlank @Size(max = 63) String name,
      String secretName,
      List<KeyToPath> items,
      Integer defaultMode,
      Boolean optional)
      implements Volume {
    /** Copies the items. */
    public Secret {
      items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public VolumeType type() {
      return VolumeType.SECRET;
    }

    /** This volume with only the given keys, at the given paths. */
    public Secret items(KeyToPath... keys) {
      return new Secret(name, secretName, List.of(keys), defaultMode, optional);
    }

    /** This volume with a default file mode. */
    public Secret defaultMode(int mode) {
      return new Secret(name, secretName, items, mode, optional);
    }

    /** This volume, allowed to be missing. */
    public Secret asOptional() {
      return new Secret(name, secretName, items, defaultMode, true);
    }
  }

  /**
   * {@code persistentVolumeClaim}.
   *
   * @param name the name
   * @param claimName the claim
   * @param readOnly true to force read-only mounts
   */
  record PersistentVolumeClaim(
      @NotBlank @Size(max = 63) String name, String claimName, boolean readOnly) implements Volume {
    @Override
    public VolumeType type() {
      return VolumeType.PERSISTENT_VOLUME_CLAIM;
    }

    /** This claim, read-only. */
    public PersistentVolumeClaim asReadOnly() {
      return new PersistentVolumeClaim(name, claimName, true);
    }
  }

  /**
   * {@code hostPath}.
   *
   * @param name the name
   * @param path the node path
   * @param hostPathType what must be at the path; null for no check
   */
  record HostPath(@NotBlank @Size(max = 63) String name, String path, HostPathType hostPathType)
      implements Volume {
    @Override
    public VolumeType type() {
      return VolumeType.HOST_PATH;
    }

    /** This volume requiring the given kind of file at the path. */
    public HostPath ofType(HostPathType kind) {
      return new HostPath(name, path, kind);
    }
  }

  /**
   * {@code projected}. The sources are official model objects, deep-copied in and out.
   *
   * @param name the name
   * @param sources the projected sources
   * @param defaultMode file mode bits, or null
   */
  record Projected(
      @NotBlank @Size(max = 63) String name, List<V1VolumeProjection> sources, Integer defaultMode)
      implements Volume {
    /** Deep-copies the sources. */
    public Projected {
      sources =
          sources == null ? List.of() : sources.stream().map(KubernetesModels::deepCopy).toList();
    }

    /** Deep copies of the sources. */
    @Override
    public List<V1VolumeProjection> sources() {
      return sources.stream().map(KubernetesModels::deepCopy).toList();
    }

    @Override
    public VolumeType type() {
      return VolumeType.PROJECTED;
    }

    /** This volume with a default file mode for every projected file, e.g. {@code 0440}. */
    public Projected defaultMode(int mode) {
      return new Projected(name, sources, mode);
    }
  }

  /**
   * {@code downwardAPI}.
   *
   * @param name the name
   * @param items the files
   * @param defaultMode file mode bits, or null
   */
  record DownwardApi(
      @NotBlank @Size(max = 63) String name, List<DownwardApiItem> items, Integer defaultMode)
      implements Volume {
    /** Copies the items. */
    public DownwardApi {
      items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public VolumeType type() {
      return VolumeType.DOWNWARD_API;
    }

    /** This volume with a default file mode, e.g. {@code 0444}. */
    public DownwardApi defaultMode(int mode) {
      return new DownwardApi(name, items, mode);
    }
  }

  /**
   * An inline {@code csi} volume.
   *
   * @param name the name
   * @param driver the CSI driver
   * @param readOnly read-only, or null for the driver's default
   * @param fsType the filesystem type, or null
   * @param volumeAttributes driver-specific attributes (kept sorted)
   * @param nodePublishSecretName a Secret passed to the driver, or null
   */
  record Csi(
      @NotBlank @Size(max = 63) String name,
      String driver,
      Boolean readOnly,
      String fsType,
      Map<String, String> volumeAttributes,
      String nodePublishSecretName)
      implements Volume {
    /** Copies the attributes into a sorted map. */
    public Csi {
      volumeAttributes =
          Collections.unmodifiableMap(
              volumeAttributes == null ? new TreeMap<>() : new TreeMap<>(volumeAttributes));
    }

    @Override
    public VolumeType type() {
      return VolumeType.CSI;
    }

    /** This volume with a driver attribute. */
    public Csi attribute(String key, String value) {
      Map<String, String> next = new TreeMap<>(volumeAttributes);
      next.put(key, value);
      return new Csi(name, driver, readOnly, fsType, next, nodePublishSecretName);
    }

    /** This volume, read-only. */
    public Csi asReadOnly() {
      return new Csi(name, driver, true, fsType, volumeAttributes, nodePublishSecretName);
    }
  }

  /**
   * A generic {@code ephemeral} volume.
   *
   * @param name the name
   * @param storageClassName the storage class, or null for the cluster default
   * @param accessModes e.g. {@code ReadWriteOnce}
   * @param size the requested storage
   */
  record Ephemeral(
      @NotBlank @Size(max = 63) String name,
      String storageClassName,
      List<String> accessModes,
      Quantity size)
      implements Volume {
    /** Copies the access modes. */
    public Ephemeral {
      accessModes = accessModes == null ? List.of() : List.copyOf(accessModes);
    }

    @Override
    public VolumeType type() {
      return VolumeType.EPHEMERAL;
    }
  }

  /**
   * Any volume as the official model has it; the escape hatch for sources Podwright does not model
   * (NFS, iSCSI, image volumes…). Deep-copied in and out.
   *
   * @param volume the volume
   */
  record Raw(V1Volume volume) implements Volume {
    /** Deep-copies the volume. */
    public Raw {
      volume = KubernetesModels.deepCopy(Objects.requireNonNullElseGet(volume, V1Volume::new));
    }

    /** A deep copy of the volume. */
    @Override
    public V1Volume volume() {
      return KubernetesModels.deepCopy(volume);
    }

    @Override
    public String name() {
      return volume.getName();
    }

    /** The type of the source the raw volume sets, or {@code OTHER}. */
    @Override
    public VolumeType type() {
      if (volume.getEmptyDir() != null) {
        return VolumeType.EMPTY_DIR;
      } else if (volume.getConfigMap() != null) {
        return VolumeType.CONFIG_MAP;
      } else if (volume.getSecret() != null) {
        return VolumeType.SECRET;
      } else if (volume.getPersistentVolumeClaim() != null) {
        return VolumeType.PERSISTENT_VOLUME_CLAIM;
      } else if (volume.getHostPath() != null) {
        return VolumeType.HOST_PATH;
      } else if (volume.getProjected() != null) {
        return VolumeType.PROJECTED;
      } else if (volume.getDownwardAPI() != null) {
        return VolumeType.DOWNWARD_API;
      } else if (volume.getCsi() != null) {
        return VolumeType.CSI;
      } else if (volume.getEphemeral() != null) {
        return VolumeType.EPHEMERAL;
      }
      return VolumeType.OTHER;
    }
  }
}
