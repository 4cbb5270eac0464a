package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1ContainerPort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A port a container listens on. Merged by {@code containerPort} (Kubernetes' merge key).
 *
 * @param name optional IANA service name (at most 15 characters), used by named probe ports
 * @param containerPort the port number, 1 to 65535
 * @param protocol the protocol; null means TCP, as Kubernetes defaults it
 * @param hostPort the node port to expose it on, or null for none
 * @param hostIp the node address to bind the host port to, or null
 */
public record Port(
    @Size(max = 15) String name,
    @Min(1) @Max(65535) int containerPort,
    Protocol protocol,
    @Min(0) @Max(65535) Integer hostPort,
    String hostIp) {

  /** An unnamed TCP port. */
  public static Port of(int containerPort) {
    return new Port(null, containerPort, null, null, null);
  }

  /**
   * The port the official model describes, exactly.
   *
   * @param port the official port
   * @return the port
   * @throws IllegalArgumentException when it is null, has no containerPort, or its protocol is not
   *     one Kubernetes knows
   */
  public static Port of(V1ContainerPort port) {
    if (port == null) {
      throw new IllegalArgumentException("container port is null");
    }
    if (port.getContainerPort() == null) {
      throw new IllegalArgumentException(
          "container port "
              + (port.getName() == null ? "" : "\"" + port.getName() + "\" ")
              + "has no containerPort");
    }
    Protocol protocol = null;
    if (port.getProtocol() != null) {
      try {
        protocol = Protocol.fromValue(port.getProtocol());
      } catch (IllegalArgumentException unknown) {
        throw new IllegalArgumentException(
            "container port " + port.getContainerPort() + ": " + unknown.getMessage(), unknown);
      }
    }
    return new Port(
        port.getName(), port.getContainerPort(), protocol, port.getHostPort(), port.getHostIP());
  }

  /** A named TCP port. */
  public static Port named(String name, int containerPort) {
    return new Port(name, containerPort, null, null, null);
  }

  /** This port with another protocol. */
  public Port protocol(Protocol newProtocol) {
    return new Port(name, containerPort, newProtocol, hostPort, hostIp);
  }

  /** This port exposed on the node's port. */
  public Port hostPort(int newHostPort) {
    return new Port(name, containerPort, protocol, newHostPort, hostIp);
  }

  /** The protocol Kubernetes will use: TCP when unset. */
  public Protocol effectiveProtocol() {
    return protocol == null ? Protocol.TCP : protocol;
  }
}
