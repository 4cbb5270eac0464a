package dev.podwright.model;

/**
 * One file of a downwardAPI volume: a pod field or a container resource.
 *
 * @param path the relative file path in the volume
 * @param fieldPath a pod field such as {@code metadata.labels}, or null
 * @param containerName for a resource: the container; null with a field path
 * @param resource for a resource: e.g. {@code limits.memory}; null with a field path
 */
public record DownwardApiItem(
    String path, String fieldPath, String containerName, String resource) {

  /** A file holding a pod field. */
  public static DownwardApiItem field(String path, String fieldPath) {
    return new DownwardApiItem(path, fieldPath, null, null);
  }

  /** A file holding a container's resource. */
  public static DownwardApiItem resource(String path, String containerName, String resource) {
    return new DownwardApiItem(path, null, containerName, resource);
  }
}
