package dev.podwright.validation.rules.ports;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Optional;

/** A port name is an {@code IANA_SVC_NAME} ({@code PORT_NAME_IANA}). */
public final class PortNameIana implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PORT_NAME_IANA",
          Severity.ERROR,
          "F. Ports, host networking, namespaces",
          "A port name is an IANA_SVC_NAME: at most 15 lowercase letters, digits and '-', with a letter, no leading, trailing or double '-'.",
          "The API server rejects an invalid port name (Invalid value); Services and probes refer to ports by these names.",
          "Rename the port, e.g. http, metrics or grpc-api.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
