package dev.podwright.model;

import io.kubernetes.client.custom.IntOrString;
import java.util.List;

/** What a probe or a lifecycle hook does. */
public sealed interface Action
    permits Action.HttpGet, Action.TcpSocket, Action.Exec, Action.Grpc, Action.Sleep {

  /**
   * An HTTP GET against the container.
   *
   * @param path the path; null for Kubernetes' default ({@code /})
   * @param port a port number or the name of a port of this container
   * @param scheme {@code HTTP} or {@code HTTPS}; null for HTTP
   */
  record HttpGet(String path, IntOrString port, String scheme) implements Action {}

  /**
   * A TCP connection to the container.
   *
   * @param port a port number or the name of a port of this container
   */
  record TcpSocket(IntOrString port) implements Action {}

  /**
   * A command run in the container.
   *
   * @param command the command and its arguments, not run in a shell
   */
  record Exec(List<String> command) implements Action {
    /** Copies the command. */
    public Exec {
      command = command == null ? List.of() : List.copyOf(command);
    }
  }

  /**
   * A gRPC health check.
   *
   * @param port the port number
   * @param service the service name, or null for the server's default
   */
  record Grpc(int port, String service) implements Action {}

  /**
   * A pause (lifecycle hooks only).
   *
   * @param seconds how long
   */
  record Sleep(long seconds) implements Action {}
}
