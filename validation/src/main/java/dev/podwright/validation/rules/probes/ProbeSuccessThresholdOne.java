package dev.podwright.validation.rules.probes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Liveness and startup probes have {@code successThreshold} 1 ({@code
 * PROBE_SUCCESS_THRESHOLD_ONE}); unset or zero is defaulted to 1.
 */
public final class ProbeSuccessThresholdOne implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROBE_SUCCESS_THRESHOLD_ONE",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "Liveness and startup probes use successThreshold 1.",
          "The API server rejects any other successThreshold on liveness and startup probes (Invalid value).",
          "Set successThreshold to 1 or leave it unset; only readiness probes may require several successes.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Probe probe : Handlers.probes(context)) {
      Integer threshold = probe.probe().getSuccessThreshold();
      if (probe.kind().equals("readiness")
          || threshold == null
          || threshold == 0
          || threshold == 1) {
        continue;
      }
      sink.report(
          probe.path().child("successThreshold"),
          threshold,
          "successThreshold " + threshold + " of the " + probe.describe() + " must be 1");
    }
  }
}
