package dev.podwright.model;

/**
 * One key of a ConfigMap or Secret projected to a file of a volume.
 *
 * @param key the key
 * @param path the relative file path in the volume
 * @param mode file mode bits (0 to 0777), or null for the volume's default
 */
public record KeyToPath(String key, String path, Integer mode) {

  /** A key to a path with the default mode. */
  public static KeyToPath of(String key, String path) {
    return new KeyToPath(key, path, null);
  }
}
