package dev.podwright.validation.rules.ports;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * With {@code hostNetwork: true}, a set {@code hostPort} of a regular container equals its {@code
 * containerPort} ({@code HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT}). An unset hostPort is fine: for a
 * Pod it is defaulted to the containerPort.
 */
public final class HostNetworkHostPortEqContainerPort implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT",
          Severity.ERROR,
          "F. Ports, host networking, namespaces",
          "With hostNetwork: true, every set hostPort of spec.containers equals its containerPort.",
          "On the host network the process binds the node port directly, so the API server rejects hostPort != containerPort (Invalid value).",
          "Remove hostPort or set it equal to containerPort.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
