package dev.podwright.validation.rules.ports;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Every declared port has a {@code containerPort} between 1 and 65535 ({@code PORT_CONTAINERPORT}).
 */
public final class PortContainerPort implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PORT_CONTAINERPORT",
          Severity.ERROR,
          "F. Ports, host networking, namespaces",
          "Every declared port has a containerPort between 1 and 65535.",
          "The API server rejects a missing (Required value) or out-of-range (Invalid value) containerPort.",
          "Set containerPort to the port the process listens on (1-65535).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
