package dev.podwright.validation.rules.ports;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * No two ports of one init container claim the same host port ({@code
 * HOSTPORT_CONFLICT_INIT_PER_CONTAINER}). Init containers are checked one by one, as the API server
 * does; conflicts between sidecars and regular containers are a runtime hazard, not checked here.
 * The API server reports the conflict under {@code initContainers[0]} whatever the container index
 * (it checks a one-element list); this rule reports the real index.
 */
public final class HostPortConflictInitPerContainer implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "HOSTPORT_CONFLICT_INIT_PER_CONTAINER",
          Severity.ERROR,
          "F. Ports, host networking, namespaces",
          "No two ports of one init container use the same protocol/hostIP/hostPort.",
          "The API server rejects a repeated host port within an init container (Duplicate value).",
          "Use a different hostPort (or hostIP) for one of the ports, or drop the duplicate.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      HostPortConflictRegular.report(PortEntries.of(context, ref), sink, ref);
    }
  }
}
