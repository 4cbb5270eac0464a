package dev.podwright.validation.rules.warnings;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of declared ports, across all containers, that share {@code containerPort/protocol},
 * classified the way the API server's warnings classify them.
 */
final class PortPairs {

  private PortPairs() {}

  enum Kind {
    DUPLICATE,
    OVERLAPPING,
    AMBIGUOUS
  }

  /** One declared port after defaulting. */
  record Port(ContainerRef container, V1ContainerPort port, int index) {
    /** The port's path, {@code spec.containers[0].ports[1]}; built when a finding needs it. */
    FieldPath path() {
      return container.path().child("ports").index(index);
    }

    /** The same containerPort and protocol (defaulted) as the other port. */
    boolean sameKey(Port other) {
      return containerPort() == other.containerPort() && protocol().equals(other.protocol());
    }

    String protocol() {
      String protocol = port.getProtocol();
      return protocol == null || protocol.isEmpty() ? "TCP" : protocol;
    }

    int containerPort() {
      return port.getContainerPort() == null ? 0 : port.getContainerPort();
    }

    int hostPort() {
      return port.getHostPort() == null ? 0 : port.getHostPort();
    }

    String hostIp() {
      return port.getHostIP() == null ? "" : port.getHostIP();
    }
  }

  /** A later port and an earlier one with the same containerPort/protocol. */
  record Pair(Kind kind, Port port, Port other) {}

  private static final PodSpecContext.Derived<List<Port>> PORTS = new Ports();

  private static final PodSpecContext.Derived<List<Pair>> PAIRS = new Pairs();

  /** Every declared port, init containers first, in spec order (read-only, once per context). */
  static List<Port> ports(PodSpecContext context) {
    return context.derived(PORTS);
  }

  /** The classified pairs, in the order the API server emits them (read-only, once per context). */
  static List<Pair> pairs(PodSpecContext context) {
    return context.derived(PAIRS);
  }

  private static final class Ports implements PodSpecContext.Derived<List<Port>> {
    @Override
    public List<Port> compute(PodSpecContext context) {
      return List.copyOf(listPorts(context));
    }
  }

  private static final class Pairs implements PodSpecContext.Derived<List<Pair>> {
    @Override
    public List<Pair> compute(PodSpecContext context) {
      return List.copyOf(listPairs(context));
    }
  }

  private static List<Port> listPorts(PodSpecContext context) {
    List<Port> all = new ArrayList<>();
    for (ContainerRef ref : context.containers()) {
      List<V1ContainerPort> ports = ref.container().getPorts();
      if (ports == null) {
        continue;
      }
      for (int i = 0; i < ports.size(); i++) {
        if (ports.get(i) != null) {
          all.add(new Port(ref, ports.get(i), i));
        }
      }
    }
    return all;
  }

  private static List<Pair> listPairs(PodSpecContext context) {
    List<Port> ports = ports(context);
    if (ports.size() < 2) {
      return List.of();
    }
    List<Pair> pairs = new ArrayList<>();
    if (ports.size() <= PAIRWISE) {
      // few ports: compare each with the earlier ones, no keys built
      for (int i = 1; i < ports.size(); i++) {
        Port port = ports.get(i);
        for (int j = 0; j < i; j++) {
          if (port.sameKey(ports.get(j))) {
            classify(pairs, port, ports.get(j));
          }
        }
      }
      return pairs.isEmpty() ? List.of() : pairs;
    }
    Map<String, List<Port>> seen = new LinkedHashMap<>();
    for (Port port : ports) {
      String key = port.containerPort() + "/" + port.protocol();
      List<Port> others = seen.get(key);
      if (others == null) {
        others = new ArrayList<>();
        seen.put(key, others);
      }
      for (Port other : others) {
        classify(pairs, port, other);
      }
      others.add(port);
    }
    return pairs;
  }

  /** Up to this many ports in the pod, pairs are found by comparing every two. */
  private static final int PAIRWISE = 16;

  /** Adds the pair of a later port and an earlier one of the same key, when it is one. */
  private static void classify(List<Pair> pairs, Port port, Port other) {
    if (port.hostIp().equals(other.hostIp()) && port.hostPort() == other.hostPort()) {
      pairs.add(new Pair(Kind.DUPLICATE, port, other));
    } else if (port.hostPort() == 0 || other.hostPort() == 0) {
      pairs.add(new Pair(Kind.OVERLAPPING, port, other));
    } else if (port.hostPort() == other.hostPort()
        && port.hostIp().isEmpty() != other.hostIp().isEmpty()) {
      pairs.add(new Pair(Kind.AMBIGUOUS, port, other));
    }
  }
}
