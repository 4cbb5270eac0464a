package dev.podwright.model;

/**
 * Hooks run after a container starts and before it stops.
 *
 * @param postStart run right after the container starts, or null
 * @param preStop run before the container is stopped, or null
 */
public record Lifecycle(Action postStart, Action preStop) {

  /**
   * Checks the hooks.
   *
   * @throws IllegalArgumentException for a gRPC action, which lifecycle hooks do not support
   */
  public Lifecycle {
    if (postStart instanceof Action.Grpc || preStop instanceof Action.Grpc) {
      throw new IllegalArgumentException(
          "lifecycle hooks cannot use a gRPC action; use exec, httpGet, tcpSocket or sleep");
    }
  }

  /** Only a pre-stop hook, e.g. to drain connections. */
  public static Lifecycle preStop(Action action) {
    return new Lifecycle(null, action);
  }

  /** Only a post-start hook. */
  public static Lifecycle postStart(Action action) {
    return new Lifecycle(action, null);
  }
}
