package dev.podwright.kubernetes;

/**
 * A Kubernetes minor release ({@code 1.29}), the one place that knows which features a target
 * cluster has. Parsed from {@code "1.29"}, {@code "v1.29.3"} or {@code "1.31.0-gke.1"}; compared
 * numerically (1.100 is newer than 1.99).
 *
 * @param major the major version, 1 for every release so far
 * @param minor the minor version
 */
public record KubernetesVersion(int major, int minor) implements Comparable<KubernetesVersion> {

  /** Native sidecars (init containers with {@code restartPolicy: Always}) are on by default. */
  public static final KubernetesVersion NATIVE_SIDECARS = new KubernetesVersion(1, 29);

  /** Environment variable names may use any printable ASCII but {@code =} (RelaxedEnvVarNames). */
  public static final KubernetesVersion RELAXED_ENV_VAR_NAMES = new KubernetesVersion(1, 32);

  /**
   * User namespaces are on by default (UserNamespacesSupport beta on): {@code hostUsers: false} is
   * kept, and checked, instead of being dropped.
   */
  public static final KubernetesVersion USER_NAMESPACES = new KubernetesVersion(1, 33);

  /** In-place pod resize is on by default (InPlacePodVerticalScaling beta on). */
  public static final KubernetesVersion IN_PLACE_POD_RESIZE = new KubernetesVersion(1, 33);

  /** Dynamic resource allocation is on by default (GA): {@code resourceClaims} are kept. */
  public static final KubernetesVersion DYNAMIC_RESOURCE_ALLOCATION = new KubernetesVersion(1, 34);

  /** {@code spec.hostnameOverride} is on by default (HostnameOverride beta on). */
  public static final KubernetesVersion HOSTNAME_OVERRIDE = new KubernetesVersion(1, 35);

  /** A pod with {@code hostUsers: false} may not use {@code volumeDevices}. */
  public static final KubernetesVersion USER_NAMESPACES_NO_DEVICES = new KubernetesVersion(1, 35);

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
    String trimmed = text.trim();
    // v?MAJOR.MINOR, each one to four ASCII digits, then optionally [.+-] and any text without
    // a line break ("1.29.3", "1.31.0-gke.1"); hand-written because a regex costs a cold JVM
    // several milliseconds on first use (see docs/architecture.md).
    int at = trimmed.startsWith("v") ? 1 : 0;
    int major = number(trimmed, at);
    at += digits(trimmed, at);
    int minor = -1;
    if (major >= 0 && at < trimmed.length() && trimmed.charAt(at) == '.') {
      minor = number(trimmed, at + 1);
      at += 1 + digits(trimmed, at + 1);
    }
    if (minor < 0 || !validSuffix(trimmed, at)) {
      throw new IllegalArgumentException(
          "not a Kubernetes version: \"" + text + "\"; expected MAJOR.MINOR such as \"1.29\"");
    }
    return new KubernetesVersion(major, minor);
  }

  /** How many ASCII digits start at {@code from}. */
  private static int digits(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    return end - from;
  }

  /** The one to four digit number at {@code from}, or -1 when there is none. */
  private static int number(String text, int from) {
    int count = digits(text, from);
    if (count == 0 || count > 4) {
      return -1;
    }
    return Integer.parseInt(text, from, from + count, 10);
  }

  /** Nothing, or one of {@code . + -} followed by text without a line break. */
  private static boolean validSuffix(String text, int from) {
    if (from == text.length()) {
      return true;
    }
    char separator = text.charAt(from);
    if (separator != '.' && separator != '+' && separator != '-') {
      return false;
    }
    for (int i = from + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
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
