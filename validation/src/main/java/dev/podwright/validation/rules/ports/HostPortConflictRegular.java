package dev.podwright.validation.rules.ports;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * No two ports of the regular containers claim the same host port: key {@code
 * protocol/hostIP/hostPort} ({@code HOSTPORT_CONFLICT_REGULAR}). The key compares hostIP as text,
 * so {@code ""} and {@code 0.0.0.0} differ, as on the API server.
 */
public final class HostPortConflictRegular implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "HOSTPORT_CONFLICT_REGULAR",
          Severity.ERROR,
          "F. Ports, host networking, namespaces",
          "No two ports of the regular containers use the same protocol/hostIP/hostPort.",
          "The API server rejects a repeated host port among spec.containers (Duplicate value): only one process can bind it on the node.",
          "Use a different hostPort (or hostIP) for one of the ports, or drop hostPort and use a Service.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    report(PortEntries.all(context, ContainerType.CONTAINER), sink, null);
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
