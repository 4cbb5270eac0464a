package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Two declared ports share containerPort and protocol and one has no hostPort ({@code
 * W_PORT_OVERLAPPING}).
 */
public final class WarnPortOverlapping implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_PORT_OVERLAPPING",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "No two ports share containerPort/protocol where one has no hostPort.",
          "The API server warns about overlapping port definitions: the declaration without hostPort is redundant.",
          "Declare the port once, with or without hostPort.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    WarnPortDuplicate.report(
        context, sink, PortPairs.Kind.OVERLAPPING, "overlapping port definition");
  }
}
