package dev.podwright.validation.rules.ports;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The declared ports of the containers, null entries skipped. */
final class PortEntries {

  private PortEntries() {}

  /** One non-null port of a container. */
  record Port(ContainerRef container, int index, V1ContainerPort port) {

    /** The port's path, {@code spec.containers[0].ports[1]}; built when a finding needs it. */
    FieldPath path() {
      return container.path().child("ports").index(index);
    }

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
  private static final PodSpecContext.Derived<Map<ContainerRef, List<Port>>> BY_CONTAINER =
      new ByContainer();

  /** The ports of one container of the context, built once per validation. */
  static List<Port> of(PodSpecContext context, ContainerRef ref) {
    List<Port> ports = context.derived(BY_CONTAINER).get(ref);
    return ports == null ? of(ref) : ports;
  }

  private static final class ByContainer
      implements PodSpecContext.Derived<Map<ContainerRef, List<Port>>> {
    @Override
    public Map<ContainerRef, List<Port>> compute(PodSpecContext context) {
      Map<ContainerRef, List<Port>> byContainer = new IdentityHashMap<>();
      for (ContainerRef ref : context.containers()) {
        byContainer.put(ref, List.copyOf(of(ref)));
      }
      return Collections.unmodifiableMap(byContainer);
    }
  }

  private static List<Port> of(ContainerRef ref) {
    List<Port> all = new ArrayList<>();
    List<V1ContainerPort> ports = ref.container().getPorts();
    if (ports == null) {
      return all;
    }
    for (int i = 0; i < ports.size(); i++) {
      V1ContainerPort port = ports.get(i);
      if (port != null) {
        all.add(new Port(ref, i, port));
      }
    }
    return all;
  }

  private static final PodSpecContext.Derived<List<Port>> ALL = new All(null);

  private static final PodSpecContext.Derived<List<Port>> ALL_INIT =
      new All(ContainerType.INIT_CONTAINER);

  private static final PodSpecContext.Derived<List<Port>> ALL_REGULAR =
      new All(ContainerType.CONTAINER);

  /** The ports of every container, init containers first (read-only, once per validation). */
  static List<Port> all(PodSpecContext context) {
    return context.derived(ALL);
  }

  /** The ports of the containers of one list (read-only, once per validation). */
  static List<Port> all(PodSpecContext context, ContainerType type) {
    return context.derived(type == ContainerType.INIT_CONTAINER ? ALL_INIT : ALL_REGULAR);
  }

  private static final class All implements PodSpecContext.Derived<List<Port>> {
    private final ContainerType type;

    /** The ports of the containers of one type, or of all containers for null. */
    All(ContainerType type) {
      this.type = type;
    }

    @Override
    public List<Port> compute(PodSpecContext context) {
      List<Port> all = new ArrayList<>();
      for (ContainerRef ref : type == null ? context.containers() : context.containers(type)) {
        all.addAll(of(context, ref));
      }
      return List.copyOf(all);
    }
  }
}
