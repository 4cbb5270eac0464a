package dev.podwright.model;

import io.kubernetes.client.custom.Quantity;

/**
 * One file of a downwardAPI volume (or projection): a pod field or a container resource.
 *
 * @param path the relative file path in the volume
 * @param fieldPath a pod field such as {@code metadata.labels}, or null
 * @param containerName for a resource: the container; null with a field path
 * @param resource for a resource: e.g. {@code limits.memory}; null with a field path
 * @param mode file mode bits (0 to 0777), or null for the volume's default
 * @param apiVersion the schema version of the field path, or null for {@code v1}
 * @param divisor for a resource: the unit its value is written in, or null for 1
 */
public record DownwardApiItem(
    String path,
    String fieldPath,
    String containerName,
    String resource,
    Integer mode,
    String apiVersion,
    Quantity divisor) {

  /**
   * A file with the volume's default mode, {@code v1} field paths and no divisor.
   *
   * @param path the relative file path
   * @param fieldPath a pod field, or null
   * @param containerName for a resource: the container, or null
   * @param resource for a resource: which one, or null
   */
  public DownwardApiItem(String path, String fieldPath, String containerName, String resource) {
    this(path, fieldPath, containerName, resource, null, null, null);
  }

  /** A file holding a pod field. */
  public static DownwardApiItem field(String path, String fieldPath) {
    return new DownwardApiItem(path, fieldPath, null, null);
  }

  /** A file holding a container's resource. */
  public static DownwardApiItem resource(String path, String containerName, String resource) {
    return new DownwardApiItem(path, null, containerName, resource);
  }

  /** This file with its own mode bits, e.g. {@code 0444}. */
  public DownwardApiItem withMode(int newMode) {
    return new DownwardApiItem(
        path, fieldPath, containerName, resource, newMode, apiVersion, divisor);
  }
}
