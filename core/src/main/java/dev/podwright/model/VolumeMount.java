package dev.podwright.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A volume mounted into a container, by the volume's name. Merged by {@code mountPath} (Kubernetes'
 * merge key).
 *
 * @param name the name of a volume declared at pod level
 * @param mountPath the absolute path in the container
 * @param subPath a path within the volume to mount instead of its root, or null
 * @param subPathExpr like subPath, with {@code $(VAR)} expansion; exclusive with subPath
 * @param readOnly true to mount read-only
 * @param propagation mount propagation, or null for the default ({@code None})
 */
public record VolumeMount(
    @NotBlank String name,
    @NotBlank String mountPath,
    String subPath,
    String subPathExpr,
    boolean readOnly,
    MountPropagation propagation) {

  /** A read-write mount of the whole volume. */
  public static VolumeMount of(String volumeName, String mountPath) {
    return new VolumeMount(volumeName, mountPath, null, null, false, null);
  }

  /** This mount, read-only. */
  public VolumeMount asReadOnly() {
    return new VolumeMount(name, mountPath, subPath, subPathExpr, true, propagation);
  }

  /** This mount of a path within the volume. */
  public VolumeMount withSubPath(String path) {
    return new VolumeMount(name, mountPath, path, subPathExpr, readOnly, propagation);
  }

  /** This mount of a path within the volume, with {@code $(VAR)} expansion. */
  public VolumeMount withSubPathExpr(String expression) {
    return new VolumeMount(name, mountPath, subPath, expression, readOnly, propagation);
  }

  /** This mount with another propagation mode. */
  public VolumeMount withPropagation(MountPropagation mode) {
    return new VolumeMount(name, mountPath, subPath, subPathExpr, readOnly, mode);
  }
}
