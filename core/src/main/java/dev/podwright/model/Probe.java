package dev.podwright.model;

import io.kubernetes.client.custom.IntOrString;
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
 */
public record Probe(
    Action action,
    Integer initialDelaySeconds,
    Integer periodSeconds,
    Integer timeoutSeconds,
    Integer successThreshold,
    Integer failureThreshold) {

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

  /** A probe doing an action, with Kubernetes' default timing. */
  public static Probe of(Action action) {
    return new Probe(action, null, null, null, null, null);
  }

  /** An HTTP GET of a path on a port number. */
  public static Probe httpGet(String path, int port) {
    return of(new Action.HttpGet(path, new IntOrString(port), null));
  }

  /** An HTTP GET of a path on a named port of the container. */
  public static Probe httpGet(String path, String portName) {
    return of(new Action.HttpGet(path, new IntOrString(portName), null));
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

  /** This probe, first run after a delay. */
  public Probe initialDelaySeconds(int seconds) {
    return new Probe(
        action, seconds, periodSeconds, timeoutSeconds, successThreshold, failureThreshold);
  }

  /** This probe, run every so many seconds. */
  public Probe periodSeconds(int seconds) {
    return new Probe(
        action, initialDelaySeconds, seconds, timeoutSeconds, successThreshold, failureThreshold);
  }

  /** This probe with a timeout. */
  public Probe timeoutSeconds(int seconds) {
    return new Probe(
        action, initialDelaySeconds, periodSeconds, seconds, successThreshold, failureThreshold);
  }

  /** This probe, needing so many successes in a row. */
  public Probe successThreshold(int count) {
    return new Probe(
        action, initialDelaySeconds, periodSeconds, timeoutSeconds, count, failureThreshold);
  }

  /** This probe, tolerating so many failures in a row. */
  public Probe failureThreshold(int count) {
    return new Probe(
        action, initialDelaySeconds, periodSeconds, timeoutSeconds, successThreshold, count);
  }
}
