package dev.podwright.model;

import io.kubernetes.client.custom.IntOrString;
import java.util.ArrayList;
import java.util.List;

/** What a probe or a lifecycle hook does. */
public sealed interface Action
    permits Action.HttpGet, Action.TcpSocket, Action.Exec, Action.Grpc, Action.Sleep {

  /** An HTTP GET of a path on a port number, with no scheme, host or headers set. */
  static HttpGet httpGet(String path, int port) {
    return new HttpGet(path, new IntOrString(port), null);
  }

  /** An HTTP GET of a path on a named port of the container. */
  static HttpGet httpGet(String path, String portName) {
    return new HttpGet(path, new IntOrString(portName), null);
  }

  /**
   * An HTTP GET against the container.
   *
   * @param path the path; null for Kubernetes' default ({@code /})
   * @param port a port number or the name of a port of this container
   * @param scheme {@code HTTP} or {@code HTTPS}; null for HTTP
   * @param host the host to connect to; null for the pod's IP
   * @param headers request headers in the order sent; names may repeat
   */
  record HttpGet(
      String path, IntOrString port, String scheme, String host, List<HttpHeader> headers)
      implements Action {

    /** Copies the headers in order; null is none. */
    public HttpGet {
      headers = headers == null ? List.of() : List.copyOf(headers);
    }

    /**
     * An HTTP GET without host or headers.
     *
     * @param path the path, or null
     * @param port a port number or name
     * @param scheme {@code HTTP}, {@code HTTPS} or null
     */
    public HttpGet(String path, IntOrString port, String scheme) {
      this(path, port, scheme, null, List.of());
    }

    /** This GET over HTTPS (the kubelet does not verify the certificate). */
    public HttpGet https() {
      return new HttpGet(path, port, "HTTPS", host, headers);
    }

    /** This GET with a scheme, {@code HTTP} or {@code HTTPS}. */
    public HttpGet withScheme(String newScheme) {
      return new HttpGet(path, port, newScheme, host, headers);
    }

    /** This GET against another host than the pod's IP. */
    public HttpGet withHost(String newHost) {
      return new HttpGet(path, port, scheme, newHost, headers);
    }

    /** This GET with one more header, sent after the ones it has. */
    public HttpGet withHeader(String name, String value) {
      List<HttpHeader> next = new ArrayList<>(headers);
      next.add(new HttpHeader(name, value));
      return new HttpGet(path, port, scheme, host, next);
    }
  }

  /**
   * A header of an HTTP GET.
   *
   * @param name the header name
   * @param value the header value
   */
  record HttpHeader(String name, String value) {}

  /**
   * A TCP connection to the container.
   *
   * @param port a port number or the name of a port of this container
   * @param host the host to connect to; null for the pod's IP
   */
  record TcpSocket(IntOrString port, String host) implements Action {
    /**
     * A TCP connection to the pod's IP.
     *
     * @param port a port number or name
     */
    public TcpSocket(IntOrString port) {
      this(port, null);
    }
  }

  /**
   * A command run in the container.
   *
   * @param command the command and its arguments, not run in a shell
   */
  record Exec(List<String> command) implements Action {
    /**
     * Copies the command.
     *
     * @throws IllegalArgumentException when an element is null
     */
    public Exec {
      if (command == null) {
        command = List.of();
      } else {
        for (String part : command) {
          if (part == null) {
            throw new IllegalArgumentException("exec command has a null element: " + command);
          }
        }
        command = List.copyOf(command);
      }
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
