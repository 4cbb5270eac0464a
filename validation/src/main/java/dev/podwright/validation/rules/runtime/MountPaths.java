package dev.podwright.validation.rules.runtime;

/** Mount path normalisation shared by the mount rules. */
final class MountPaths {

  private MountPaths() {}

  /** True for an absolute POSIX path. */
  static boolean isAbsolute(String path) {
    return path != null && path.startsWith("/");
  }

  /** True for something that looks like a Windows path ({@code C:\data}, {@code \\share}). */
  static boolean looksWindows(String path) {
    return path != null
        && ((path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':')
            || path.startsWith("\\"));
  }

  /**
   * {@code /data//x/./y/} → {@code /data/x/y}: repeated slashes, {@code .} segments and a trailing
   * slash removed. {@code ..} is kept as it is.
   */
  static String normalize(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      out.append('/').append(segment);
    }
    return out.length() == 0 ? "/" : out.toString();
  }

  /** The parent of a normalised path, or null for {@code /}. */
  static String parent(String normalized) {
    int slash = normalized.lastIndexOf('/');
    if (normalized.equals("/") || slash < 0) {
      return null;
    }
    return slash == 0 ? "/" : normalized.substring(0, slash);
  }
}
