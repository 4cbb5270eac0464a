package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Two declared ports share containerPort, protocol and hostPort, and exactly one sets hostIP
 * ({@code W_PORT_AMBIGUOUS_HOSTIP}).
 */
public final class WarnPortAmbiguousHostIp implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_PORT_AMBIGUOUS_HOSTIP",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "No two ports share containerPort/protocol and hostPort with hostIP set on only one.",
          "The API server warns: which binding wins on the node is undefined.",
          "Set the same hostIP on both ports, or drop one.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    WarnPortDuplicate.report(
        context, sink, PortPairs.Kind.AMBIGUOUS, "dangerously ambiguous port definition");
  }
}
