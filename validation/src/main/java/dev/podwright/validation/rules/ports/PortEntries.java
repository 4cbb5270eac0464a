package dev.podwright.validation.rules.ports;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import java.util.ArrayList;
import java.util.List;

/** The declared ports of the containers, null entries skipped. */
final class PortEntries {

  private PortEntries() {}

  /** One non-null port of a container. */
  record Port(ContainerRef container, int index, V1ContainerPort port, FieldPath path) {

    /** The protocol after defaulting: unset or empty is TCP. */
    String protocol() {
      String protocol = port.getProtocol();
      return protocol == null || protocol.isEmpty() ? "TCP" : protocol;
    }

    /** The host port, 0 when unset. */
    int hostPort() {
      return port.getHostPort() == null ? 0 : port.getHostPort();
    }

    /** The container port, 0 when unset. */
    int containerPort() {
      return port.getContainerPort() == null ? 0 : port.getContainerPort();
    }

    /** The host IP, empty when unset. */
    String hostIp() {
      return port.getHostIP() == null ? "" : port.getHostIP();
    }
  }

  /** The ports of one container. */
  static List<Port> of(ContainerRef ref) {
    List<Port> all = new ArrayList<>();
    List<V1ContainerPort> ports = ref.container().getPorts();
    if (ports == null) {
      return all;
    }
    FieldPath list = ref.path().child("ports");
    for (int i = 0; i < ports.size(); i++) {
      V1ContainerPort port = ports.get(i);
      if (port != null) {
        all.add(new Port(ref, i, port, list.index(i)));
      }
    }
    return all;
  }

  /** The ports of every container, init containers first. */
  static List<Port> all(PodSpecContext context) {
    List<Port> all = new ArrayList<>();
    for (ContainerRef ref : context.containers()) {
      all.addAll(of(ref));
    }
    return all;
  }

  /** The ports of the containers of one list. */
  static List<Port> all(PodSpecContext context, ContainerType type) {
    List<Port> all = new ArrayList<>();
    for (ContainerRef ref : context.containers(type)) {
      all.addAll(of(ref));
    }
    return all;
  }
}
