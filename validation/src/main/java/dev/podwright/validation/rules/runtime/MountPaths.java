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
    if (isNormal(path)) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length());
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      out.append('/').append(segment);
    }
    return out.length() == 0 ? "/" : out.toString();
  }

  /**
   * True when {@link #normalize} would return the path unchanged: absolute, no empty or {@code .}
   * segment, no trailing slash (checked without allocating, as most mount paths are normal).
   */
  static boolean isNormal(String path) {
    int length = path.length();
    if (length == 0 || path.charAt(0) != '/') {
      return false;
    }
    if (length == 1) {
      return true;
    }
    int segmentStart = 1;
    for (int i = 1; i <= length; i++) {
      if (i == length || path.charAt(i) == '/') {
        int segment = i - segmentStart;
        if (segment == 0 || segment == 1 && path.charAt(segmentStart) == '.') {
          return false;
        }
        segmentStart = i + 1;
      }
    }
    return true;
  }

  /**
   * True when normalised path {@code outer} is a proper ancestor of normalised path {@code inner}
   * other than the root: {@code /data} of {@code /data/x}, not of {@code /database}.
   */
  static boolean isAncestor(String outer, String inner) {
    int length = outer.length();
    return length > 1
        && inner.length() > length
        && inner.charAt(length) == '/'
        && inner.startsWith(outer);
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
