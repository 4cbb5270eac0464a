package dev.podwright.validation.rules.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The API server's checks of paths that must stay inside a volume ({@code
 * validateLocalDescendingPath}, {@code validatePathNoBacksteps}, {@code
 * ValidateLocalNonReservedPath}).
 *
 * <p>Internal support for the built-in rules; not part of Podwright's supported API and may change
 * without notice. Every method is total: null is treated as the empty string.
 */
public final class LocalPaths {

  private LocalPaths() {}

  /** True when the path starts with {@code /} (as Go's {@code path.IsAbs}). */
  public static boolean isAbsolute(String path) {
    return path != null && path.startsWith("/");
  }

  /** True when a {@code /}- or {@code \}-separated element of the path is exactly {@code ..}. */
  public static boolean hasBackstep(String path) {
    if (path == null) {
      return false;
    }
    for (String element : path.replace('\\', '/').split("/", -1)) {
      if (element.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** Why the path is not a relative path without {@code ..} elements; empty when it is fine. */
  public static List<String> descendingPathErrors(String path) {
    List<String> errors = new ArrayList<>();
    if (isAbsolute(path)) {
      errors.add("must be a relative path");
    }
    if (hasBackstep(path)) {
      errors.add("must not contain '..'");
    }
    return List.copyOf(errors);
  }

  /**
   * Why the path is not local and non-reserved (relative, no {@code ..} element, not starting with
   * {@code ..}); empty when it is fine.
   */
  public static List<String> localNonReservedPathErrors(String path) {
    List<String> errors = new ArrayList<>(descendingPathErrors(path));
    if (path != null && path.startsWith("..") && !path.startsWith("../")) {
      errors.add("must not start with '..'");
    }
    return List.copyOf(errors);
  }
}
