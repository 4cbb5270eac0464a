package dev.podwright.validation.rules.ports;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A set {@code hostPort} is between 1 and 65535 ({@code PORT_HOSTPORT_RANGE}); 0 or unset means no
 * host port.
 */
public final class PortHostPortRange implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PORT_HOSTPORT_RANGE",
          Severity.ERROR,
          "F. Ports, host networking, namespaces",
          "A non-zero hostPort is between 1 and 65535.",
          "The API server rejects an out-of-range hostPort (Invalid value).",
          "Set hostPort between 1 and 65535, or remove it (host ports are rarely needed).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
