package dev.podwright.model;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Probe;
import java.util.List;

/**
 * A startup, readiness or liveness probe. Unset numbers are left to Kubernetes' defaults.
 *
 * @param action what the probe does
 * @param initialDelaySeconds seconds before the first probe
 * @param periodSeconds seconds between probes
 * @param timeoutSeconds seconds before a probe times out
 * @param successThreshold successes in a row to count as up (1 for liveness and startup)
 * @param failureThreshold failures in a row to count as down
 * @param terminationGracePeriodSeconds the grace period after a failed liveness or startup probe,
 *     instead of the pod's; null for the pod's
 */
public record Probe(
    Action action,
    Integer initialDelaySeconds,
    Integer periodSeconds,
    Integer timeoutSeconds,
    Integer successThreshold,
    Integer failureThreshold,
    Long terminationGracePeriodSeconds) {

  /**
   * Checks the action.
   *
   * @throws IllegalArgumentException for a sleep action, which probes do not support
   */
  public Probe {
    if (action instanceof Action.Sleep) {
      throw new IllegalArgumentException(
          "a probe cannot sleep; use exec, httpGet, tcpSocket or grpc");
    }
  }

  /**
   * A probe without its own termination grace period.
   *
   * @param action what the probe does
   * @param initialDelaySeconds seconds before the first probe, or null
   * @param periodSeconds seconds between probes, or null
   * @param timeoutSeconds seconds before a probe times out, or null
   * @param successThreshold successes in a row to count as up, or null
   * @param failureThreshold failures in a row to count as down, or null
   */
  public Probe(
      Action action,
      Integer initialDelaySeconds,
      Integer periodSeconds,
      Integer timeoutSeconds,
      Integer successThreshold,
      Integer failureThreshold) {
    this(
        action,
        initialDelaySeconds,
        periodSeconds,
        timeoutSeconds,
        successThreshold,
        failureThreshold,
        null);
  }

  /** A probe doing an action, with Kubernetes' default timing. */
  public static Probe of(Action action) {
    return new Probe(action, null, null, null, null, null, null);
  }

  /**
   * The probe the official model describes, exactly: its handler (exec, httpGet with scheme, host
   * and headers in order, tcpSocket, grpc) and every timing.
   *
   * @param probe the official probe
   * @return the probe; its action is null when the official one sets no handler
   * @throws IllegalArgumentException when it is null, sets several handlers, or a grpc handler
   *     without a port
   */
  public static Probe of(V1Probe probe) {
    if (probe == null) {
      throw new IllegalArgumentException("probe is null");
    }
    Action action =
        Handlers.action(
            "probe",
            probe.getHttpGet(),
            probe.getTcpSocket(),
            probe.getExec(),
            probe.getGrpc(),
            null);
    return new Probe(
        action,
        probe.getInitialDelaySeconds(),
        probe.getPeriodSeconds(),
        probe.getTimeoutSeconds(),
        probe.getSuccessThreshold(),
        probe.getFailureThreshold(),
        probe.getTerminationGracePeriodSeconds());
  }

  /** An HTTP GET of a path on a port number. */
  public static Probe httpGet(String path, int port) {
    return of(Action.httpGet(path, port));
  }

  /** An HTTP GET of a path on a named port of the container. */
  public static Probe httpGet(String path, String portName) {
    return of(Action.httpGet(path, portName));
  }

  /** An HTTPS GET of a path on a port number (the kubelet does not verify the certificate). */
  public static Probe httpsGet(String path, int port) {
    return of(Action.httpGet(path, port).https());
  }

  /** A TCP connection to a port number. */
  public static Probe tcpSocket(int port) {
    return of(new Action.TcpSocket(new IntOrString(port)));
  }

  /** A command in the container; success is exit code 0. */
  public static Probe exec(String... command) {
    return of(new Action.Exec(List.of(command)));
  }

  /** A gRPC health check on a port. */
  public static Probe grpc(int port) {
    return of(new Action.Grpc(port, null));
  }

  /**
   * This HTTP probe with one more request header, sent after the ones it has.
   *
   * @throws IllegalStateException when this probe is not an HTTP GET
   */
  public Probe header(String name, String value) {
    if (!(action instanceof Action.HttpGet http)) {
      throw new IllegalStateException("only an httpGet probe has headers; this one is " + action);
    }
    return withAction(http.withHeader(name, value));
  }

  /**
   * This HTTP probe with a scheme, {@code HTTP} or {@code HTTPS}.
   *
   * @throws IllegalStateException when this probe is not an HTTP GET
   */
  public Probe scheme(String scheme) {
    if (!(action instanceof Action.HttpGet http)) {
      throw new IllegalStateException("only an httpGet probe has a scheme; this one is " + action);
    }
    return withAction(http.withScheme(scheme));
  }

  private Probe withAction(Action newAction) {
    return new Probe(
        newAction,
        initialDelaySeconds,
        periodSeconds,
        timeoutSeconds,
        successThreshold,
        failureThreshold,
        terminationGracePeriodSeconds);
  }

  /** This probe, first run after a delay. */
  public Probe initialDelaySeconds(int seconds) {
    return new Probe(
        action,
        seconds,
        periodSeconds,
        timeoutSeconds,
        successThreshold,
        failureThreshold,
        terminationGracePeriodSeconds);
  }

  /** This probe, run every so many seconds. */
  public Probe periodSeconds(int seconds) {
    return new Probe(
        action,
        initialDelaySeconds,
        seconds,
        timeoutSeconds,
        successThreshold,
        failureThreshold,
        terminationGracePeriodSeconds);
  }

  /** This probe with a timeout. */
  public Probe timeoutSeconds(int seconds) {
    return new Probe(
        action,
        initialDelaySeconds,
        periodSeconds,
        seconds,
        successThreshold,
        failureThreshold,
        terminationGracePeriodSeconds);
  }

  /** This probe, needing so many successes in a row. */
  public Probe successThreshold(int count) {
    return new Probe(
        action,
        initialDelaySeconds,
        periodSeconds,
        timeoutSeconds,
        count,
        failureThreshold,
        terminationGracePeriodSeconds);
  }

  /** This probe, tolerating so many failures in a row. */
  public Probe failureThreshold(int count) {
    return new Probe(
        action,
        initialDelaySeconds,
        periodSeconds,
        timeoutSeconds,
        successThreshold,
        count,
        terminationGracePeriodSeconds);
  }

  /** This probe with its own grace period after it fails (liveness and startup probes). */
  public Probe terminationGracePeriodSeconds(long seconds) {
    return new Probe(
        action,
        initialDelaySeconds,
        periodSeconds,
        timeoutSeconds,
        successThreshold,
        failureThreshold,
        seconds);
  }
}
