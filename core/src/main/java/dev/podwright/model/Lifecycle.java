package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;

/**
 * Hooks run after a container starts and before it stops, and the signal that stops it.
 *
 * @param postStart run right after the container starts, or null
 * @param preStop run before the container is stopped, or null
 * @param stopSignal the signal sent to stop the container (e.g. {@code SIGUSR1}), or null for the
 *     image's
 */
public record Lifecycle(Action postStart, Action preStop, String stopSignal) {

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

  /**
   * Hooks without a stop signal.
   *
   * @param postStart run right after the container starts, or null
   * @param preStop run before the container is stopped, or null
   */
  public Lifecycle(Action postStart, Action preStop) {
    this(postStart, preStop, null);
  }

  /** Only a pre-stop hook, e.g. to drain connections. */
  public static Lifecycle preStop(Action action) {
    return new Lifecycle(null, action, null);
  }

  /** Only a post-start hook. */
  public static Lifecycle postStart(Action action) {
    return new Lifecycle(action, null, null);
  }

  /**
   * The hooks the official model describes, exactly.
   *
   * @param lifecycle the official lifecycle
   * @return the hooks and stop signal
   * @throws IllegalArgumentException when it is null, or a hook sets no or several handlers
   */
  public static Lifecycle of(V1Lifecycle lifecycle) {
    if (lifecycle == null) {
      throw new IllegalArgumentException("lifecycle is null");
    }
    return new Lifecycle(
        hook("postStart", lifecycle.getPostStart()),
        hook("preStop", lifecycle.getPreStop()),
        lifecycle.getStopSignal());
  }

  private static Action hook(String which, V1LifecycleHandler handler) {
    if (handler == null) {
      return null;
    }
    Action action =
        Handlers.action(
            which + " hook",
            handler.getHttpGet(),
            handler.getTcpSocket(),
            handler.getExec(),
            null,
            handler.getSleep());
    if (action == null) {
      throw new IllegalArgumentException(
          which + " hook sets no handler; use exec, httpGet, tcpSocket or sleep");
    }
    return action;
  }

  /** These hooks with a stop signal such as {@code SIGTERM} (Kubernetes 1.33+). */
  public Lifecycle withStopSignal(String signal) {
    return new Lifecycle(postStart, preStop, signal);
  }
}
