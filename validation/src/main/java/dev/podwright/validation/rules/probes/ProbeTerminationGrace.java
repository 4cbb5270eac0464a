package dev.podwright.validation.rules.probes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A probe-level {@code terminationGracePeriodSeconds} is positive and not set on readiness probes
 * ({@code PROBE_TERMINATION_GRACE}).
 */
public final class ProbeTerminationGrace implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROBE_TERMINATION_GRACE",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "A probe's terminationGracePeriodSeconds is greater than 0 and only set on liveness or startup probes.",
          "The API server rejects a non-positive value and any value on a readiness probe (Invalid value).",
          "Remove terminationGracePeriodSeconds from readiness probes; elsewhere use a positive number of seconds.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Probe probe : Handlers.probes(context)) {
      Long grace = probe.probe().getTerminationGracePeriodSeconds();
      if (grace == null) {
        continue;
      }
      if (grace <= 0) {
        sink.report(
            probe.path().child("terminationGracePeriodSeconds"),
            grace,
            "terminationGracePeriodSeconds "
                + grace
                + " of the "
                + probe.describe()
                + " must be greater than 0");
      }
      if (probe.kind().equals("readiness")) {
        sink.report(
            probe.path().child("terminationGracePeriodSeconds"),
            grace,
            "terminationGracePeriodSeconds must not be set for readinessProbes (container \""
                + probe.container().displayName()
                + "\")");
      }
    }
  }
}
