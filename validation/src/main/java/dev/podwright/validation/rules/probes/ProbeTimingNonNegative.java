package dev.podwright.validation.rules.probes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Every probe has non-negative timing fields ({@code PROBE_TIMING_NONNEGATIVE}); zero or unset is
 * defaulted.
 */
public final class ProbeTimingNonNegative implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROBE_TIMING_NONNEGATIVE",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "Probe initialDelaySeconds, timeoutSeconds, periodSeconds, successThreshold and failureThreshold are not negative.",
          "The API server rejects negative probe timings (Invalid value).",
          "Use a positive value, or leave the field unset for its default.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Probe probe : Handlers.probes(context)) {
      check(probe, "initialDelaySeconds", probe.probe().getInitialDelaySeconds(), sink);
      check(probe, "timeoutSeconds", probe.probe().getTimeoutSeconds(), sink);
      check(probe, "periodSeconds", probe.probe().getPeriodSeconds(), sink);
      check(probe, "successThreshold", probe.probe().getSuccessThreshold(), sink);
      check(probe, "failureThreshold", probe.probe().getFailureThreshold(), sink);
    }
  }

  private static void check(Handlers.Probe probe, String field, Integer value, ViolationSink sink) {
    if (value != null && value < 0) {
      sink.report(
          probe.path().child(field),
          value,
          field
              + " "
              + value
              + " of the "
              + probe.describe()
              + " must be greater than or equal to 0");
    }
  }
}
