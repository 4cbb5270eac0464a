package dev.podwright.kubernetes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes minor release ({@code 1.29}), the one place that knows which features a target
 * cluster has. Parsed from {@code "1.29"}, {@code "v1.29.3"} or {@code "1.31.0-gke.1"}; compared
 * numerically (1.100 is newer than 1.99).
 *
 * @param major the major version, 1 for every release so far
 * @param minor the minor version
 */
public record KubernetesVersion(int major, int minor) implements Comparable<KubernetesVersion> {

  private static final Pattern FORMAT = Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})(?:[.+-].*)?");

  /** Native sidecars (init containers with {@code restartPolicy: Always}) are on by default. */
  public static final KubernetesVersion NATIVE_SIDECARS = new KubernetesVersion(1, 29);

  /** Environment variable names may use any printable ASCII but {@code =} (RelaxedEnvVarNames). */
  public static final KubernetesVersion RELAXED_ENV_VAR_NAMES = new KubernetesVersion(1, 32);

  /** The release the bundled official models were generated from. */
  public static final KubernetesVersion LATEST = new KubernetesVersion(1, 36);

  /**
   * Creates a version.
   *
   * @throws IllegalArgumentException if a part is negative
   */
  public KubernetesVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "Kubernetes version parts must not be negative: " + major + "." + minor);
    }
  }

  /** The version {@code major.minor}. */
  public static KubernetesVersion of(int major, int minor) {
    return new KubernetesVersion(major, minor);
  }

  /**
   * Parses {@code "1.29"}, {@code "v1.29.3"} and the like.
   *
   * @throws IllegalArgumentException naming the text when it is not a version
   */
  public static KubernetesVersion parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a Kubernetes version is required, e.g. \"1.29\"");
    }
    Matcher matcher = FORMAT.matcher(text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a Kubernetes version: \"" + text + "\"; expected MAJOR.MINOR such as \"1.29\"");
    }
    return new KubernetesVersion(
        Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** True when this version is {@code other} or newer. */
  public boolean isAtLeast(KubernetesVersion other) {
    return compareTo(other) >= 0;
  }

  /** True when native sidecars are available by default in this release. */
  public boolean supportsNativeSidecars() {
    return isAtLeast(NATIVE_SIDECARS);
  }

  @Override
  public int compareTo(KubernetesVersion other) {
    int byMajor = Integer.compare(major, other.major);
    return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
  }

  /** {@code "1.29"}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
