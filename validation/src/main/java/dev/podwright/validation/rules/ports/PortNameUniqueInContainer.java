package dev.podwright.validation.rules.ports;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Port names are unique within one container ({@code PORT_NAME_UNIQUE_IN_CONTAINER}); across
 * containers it is only a warning.
 */
public final class PortNameUniqueInContainer implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PORT_NAME_UNIQUE_IN_CONTAINER",
          Severity.ERROR,
          "F. Ports, host networking, namespaces",
          "Port names are unique within a container.",
          "The API server rejects a repeated port name in one container (Duplicate value).",
          "Give each port of the container its own name, or drop the duplicate port.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      Set<String> seen = new LinkedHashSet<>();
      for (PortEntries.Port port : PortEntries.of(context, ref)) {
        String name = port.port().getName();
        if (name == null || name.isEmpty() || KubeIdentifiers.portName(name).isPresent()) {
          continue;
        }
        if (!seen.add(name)) {
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
}
