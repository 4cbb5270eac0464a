package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Two declared ports, in any containers, are identical in containerPort, protocol, hostIP and
 * hostPort ({@code W_PORT_DUPLICATE}).
 */
public final class WarnPortDuplicate implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_PORT_DUPLICATE",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "No port is declared twice (same containerPort/protocol and hostIP/hostPort), in one or several containers.",
          "The API server warns about duplicate port definitions; all containers share the pod network, so only one process can listen there.",
          "Declare each port once, in the container that listens on it.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    report(context, sink, PortPairs.Kind.DUPLICATE, "duplicate port definition");
  }

  /** Reports every pair of one kind. */
  static void report(PodSpecContext context, ViolationSink sink, PortPairs.Kind kind, String what) {
    for (PortPairs.Pair pair : PortPairs.pairs(context)) {
      if (pair.kind() == kind) {
        sink.report(
            pair.port().path(),
            pair.port().containerPort() + "/" + pair.port().protocol(),
            "port "
                + pair.port().containerPort()
                + "/"
                + pair.port().protocol()
                + " of container \""
                + pair.port().container().displayName()
                + "\": "
                + what
                + " with "
                + pair.other().path());
      }
    }
  }
}
