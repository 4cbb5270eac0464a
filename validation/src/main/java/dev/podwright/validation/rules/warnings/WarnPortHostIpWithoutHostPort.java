package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** A port sets {@code hostIP} without {@code hostPort} ({@code W_PORT_HOSTIP_WITHOUT_HOSTPORT}). */
public final class WarnPortHostIpWithoutHostPort implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_PORT_HOSTIP_WITHOUT_HOSTPORT",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "A port does not set hostIP without hostPort.",
          "The API server warns: hostIP only applies to a hostPort.",
          "Remove hostIP, or also set hostPort.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (PortPairs.Port port : PortPairs.ports(context)) {
      if (!port.hostIp().isEmpty() && port.hostPort() == 0) {
        sink.report(
            port.path(),
            port.hostIp(),
            "port "
                + port.containerPort()
                + "/"
                + port.protocol()
                + " of container \""
                + port.container().displayName()
                + "\" sets hostIP "
                + port.hostIp()
                + " without hostPort; hostIP has no effect");
      }
    }
  }
}
