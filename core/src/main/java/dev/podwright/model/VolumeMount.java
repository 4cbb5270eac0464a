package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1VolumeMount;
import jakarta.validation.constraints.NotBlank;

/**
 * A volume mounted into a container, by the volume's name. Merged by {@code mountPath} (Kubernetes'
 * merge key).
 *
 * @param name the name of a volume declared at pod level
 * @param mountPath the absolute path in the container
 * @param subPath a path within the volume to mount instead of its root, or null
 * @param subPathExpr like subPath, with {@code $(VAR)} expansion; exclusive with subPath
 * @param readOnly true to mount read-only; false is emitted as unset (the same to Kubernetes)
 * @param propagation mount propagation, or null for the default ({@code None})
 * @param recursiveReadOnly whether read-only reaches submounts, or null for the default
 */
public record VolumeMount(
    @NotBlank String name,
    @NotBlank String mountPath,
    String subPath,
    String subPathExpr,
    boolean readOnly,
    MountPropagation propagation,
    RecursiveReadOnly recursiveReadOnly) {

  /**
   * A mount without a {@code recursiveReadOnly} setting.
   *
   * @param name the volume's name
   * @param mountPath the path in the container
   * @param subPath a path within the volume, or null
   * @param subPathExpr a path within the volume with {@code $(VAR)} expansion, or null
   * @param readOnly true to mount read-only
   * @param propagation mount propagation, or null
   */
  public VolumeMount(
      String name,
      String mountPath,
      String subPath,
      String subPathExpr,
      boolean readOnly,
      MountPropagation propagation) {
    this(name, mountPath, subPath, subPathExpr, readOnly, propagation, null);
  }

  /** A read-write mount of the whole volume. */
  public static VolumeMount of(String volumeName, String mountPath) {
    return new VolumeMount(volumeName, mountPath, null, null, false, null, null);
  }

  /**
   * The mount the official model describes. Every field is kept; {@code readOnly: false} becomes
   * unset, which Kubernetes reads the same.
   *
   * @param mount the official mount
   * @return the mount
   * @throws IllegalArgumentException when it is null, or its mountPropagation or recursiveReadOnly
   *     is not a value Kubernetes knows (naming the mount)
   */
  public static VolumeMount of(V1VolumeMount mount) {
    if (mount == null) {
      throw new IllegalArgumentException("volume mount is null");
    }
    MountPropagation propagation = null;
    RecursiveReadOnly recursive = null;
    try {
      if (mount.getMountPropagation() != null) {
        propagation = MountPropagation.fromValue(mount.getMountPropagation());
      }
      if (mount.getRecursiveReadOnly() != null) {
        recursive = RecursiveReadOnly.fromValue(mount.getRecursiveReadOnly());
      }
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "volume mount of \""
              + mount.getName()
              + "\" at \""
              + mount.getMountPath()
              + "\": "
              + unknown.getMessage(),
          unknown);
    }
    return new VolumeMount(
        mount.getName(),
        mount.getMountPath(),
        mount.getSubPath(),
        mount.getSubPathExpr(),
        Boolean.TRUE.equals(mount.getReadOnly()),
        propagation,
        recursive);
  }

  /** This mount, read-only. */
  public VolumeMount asReadOnly() {
    return new VolumeMount(
        name, mountPath, subPath, subPathExpr, true, propagation, recursiveReadOnly);
  }

  /** This mount of a path within the volume. */
  public VolumeMount withSubPath(String path) {
    return new VolumeMount(
        name, mountPath, path, subPathExpr, readOnly, propagation, recursiveReadOnly);
  }

  /** This mount of a path within the volume, with {@code $(VAR)} expansion. */
  public VolumeMount withSubPathExpr(String expression) {
    return new VolumeMount(
        name, mountPath, subPath, expression, readOnly, propagation, recursiveReadOnly);
  }

  /** This mount with another propagation mode. */
  public VolumeMount withPropagation(MountPropagation mode) {
    return new VolumeMount(
        name, mountPath, subPath, subPathExpr, readOnly, mode, recursiveReadOnly);
  }

  /** This mount with a {@code recursiveReadOnly} setting (for read-only mounts). */
  public VolumeMount withRecursiveReadOnly(RecursiveReadOnly mode) {
    return new VolumeMount(name, mountPath, subPath, subPathExpr, readOnly, propagation, mode);
  }
}
