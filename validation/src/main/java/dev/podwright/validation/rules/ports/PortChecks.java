package dev.podwright.validation.rules.ports;

import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks behind {@link PortRule}, one static method per rule, and their helpers: {@code
 * PORT_CONTAINERPORT}, {@code PORT_HOSTPORT_RANGE}, {@code PORT_PROTOCOL_ENUM}, {@code
 * PORT_NAME_IANA}, {@code PORT_NAME_UNIQUE_IN_CONTAINER}, {@code HOSTPORT_CONFLICT_REGULAR}, {@code
 * HOSTPORT_CONFLICT_INIT_PER_CONTAINER}, {@code HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT}.
 */
final class PortChecks {

  private static final List<String> SUPPORTED = List.of("SCTP", "TCP", "UDP");

  private PortChecks() {}

  /** Checks {@link PortRule#PORT_CONTAINERPORT}. */
  static void portContainerPort(PodSpecContext context, ViolationSink sink) {
    for (PortEntries.Port port : PortEntries.all(context)) {
      Integer number = port.port().getContainerPort();
      if (number == null || number == 0) {
        sink.report(
            port.path().child("containerPort"),
            null,
            "port "
                + port.index()
                + " of container \""
                + port.container().displayName()
                + "\" has no containerPort");
      } else if (!KubeIdentifiers.isPortNumber(number)) {
        sink.report(
            port.path().child("containerPort"),
            number,
            "containerPort "
                + number
                + " of container \""
                + port.container().displayName()
                + "\" must be between 1 and 65535, inclusive");
      }
    }
  }

  /** Checks {@link PortRule#PORT_HOSTPORT_RANGE}. */
  static void portHostPortRange(PodSpecContext context, ViolationSink sink) {
    for (PortEntries.Port port : PortEntries.all(context)) {
      int number = port.hostPort();
      if (number != 0 && !KubeIdentifiers.isPortNumber(number)) {
        sink.report(
            port.path().child("hostPort"),
            number,
            "hostPort "
                + number
                + " of container \""
                + port.container().displayName()
                + "\" must be between 1 and 65535, inclusive");
      }
    }
  }

  /** Checks {@link PortRule#PORT_PROTOCOL_ENUM}. */
  static void portProtocolEnum(PodSpecContext context, ViolationSink sink) {
    for (PortEntries.Port port : PortEntries.all(context)) {
      String protocol = port.protocol();
      if (!SUPPORTED.contains(protocol)) {
        sink.report(
            port.path().child("protocol"),
            protocol,
            "protocol \""
                + protocol
                + "\" of port "
                + port.index()
                + " of container \""
                + port.container().displayName()
                + "\" is not supported; supported values: "
                + String.join(", ", SUPPORTED));
      }
    }
  }

  /** Checks {@link PortRule#PORT_NAME_IANA}. */
  static void portNameIana(PodSpecContext context, ViolationSink sink) {
    for (PortEntries.Port port : PortEntries.all(context)) {
      String name = port.port().getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      Optional<String> problem = KubeIdentifiers.portName(name);
      if (problem.isPresent()) {
        sink.report(
            port.path().child("name"),
            name,
            "port name \""
                + name
                + "\" of container \""
                + port.container().displayName()
                + "\" "
                + problem.get());
      }
    }
  }

  /** Checks {@link PortRule#PORT_NAME_UNIQUE_IN_CONTAINER}. */
  static void portNameUniqueInContainer(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<PortEntries.Port> ports = PortEntries.of(context, ref);
      if (ports.size() < 2) {
        continue;
      }
      // a few ports are compared pairwise; many go through a set, so the check stays linear
      Set<String> seen = ports.size() > PAIRWISE ? new HashSet<>() : null;
      for (int i = 0; i < ports.size(); i++) {
        PortEntries.Port port = ports.get(i);
        String name = port.port().getName();
        if (name == null || name.isEmpty() || KubeIdentifiers.portName(name).isPresent()) {
          continue;
        }
        if (seen != null ? !seen.add(name) : namedBefore(ports, i, name)) {
          sink.report(
              port.path().child("name"),
              name,
              "port name \""
                  + name
                  + "\" is declared twice in container \""
                  + ref.displayName()
                  + "\"");
        }
      }
    }
  }

  /** Up to this many ports in a container, duplicate names are found by comparing pairs. */
  private static final int PAIRWISE = 16;

  /** Whether a port before {@code before} has this name. */
  private static boolean namedBefore(List<PortEntries.Port> ports, int before, String name) {
    for (int j = 0; j < before; j++) {
      if (name.equals(ports.get(j).port().getName())) {
        return true;
      }
    }
    return false;
  }

  /** Checks {@link PortRule#HOSTPORT_CONFLICT_REGULAR}. */
  static void hostPortConflictRegular(PodSpecContext context, ViolationSink sink) {
    report(PortEntries.all(context, ContainerType.CONTAINER), sink, null);
  }

  /** Checks {@link PortRule#HOSTPORT_CONFLICT_INIT_PER_CONTAINER}. */
  static void hostPortConflictInitPerContainer(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      PortChecks.report(PortEntries.of(context, ref), sink, ref);
    }
  }

  /** Checks {@link PortRule#HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT}. */
  static void hostNetworkHostPortEqContainerPort(PodSpecContext context, ViolationSink sink) {
    if (!Boolean.TRUE.equals(context.spec().getHostNetwork())) {
      return;
    }
    for (PortEntries.Port port : PortEntries.all(context, ContainerType.CONTAINER)) {
      int host = port.hostPort();
      if (host != 0 && host != port.containerPort()) {
        sink.report(
            port.path().child("hostPort"),
            host,
            "hostPort "
                + host
                + " of container \""
                + port.container().displayName()
                + "\" must match `containerPort` ("
                + port.containerPort()
                + ") when `hostNetwork` is true");
      }
    }
  }

  /**
   * Reports every port whose host-port key was already taken by an earlier one of the list.
   *
   * @param init the init container whose ports these are, or null for the regular containers
   */
  static void report(List<PortEntries.Port> ports, ViolationSink sink, ContainerRef init) {
    Map<String, PortEntries.Port> taken = null;
    for (PortEntries.Port port : ports) {
      if (port.hostPort() == 0) {
        continue;
      }
      if (taken == null) {
        taken = new HashMap<>();
      }
      String key = port.protocol() + "/" + port.hostIp() + "/" + port.hostPort();
      PortEntries.Port first = taken.putIfAbsent(key, port);
      if (first != null) {
        sink.report(
            port.path().child("hostPort"),
            key,
            "host port "
                + key
                + " of container \""
                + port.container().displayName()
                + "\" is already used by "
                + first.path()
                + " in "
                + (init == null
                    ? "the regular containers"
                    : "init container \"" + init.displayName() + "\""));
      }
    }
  }
}
