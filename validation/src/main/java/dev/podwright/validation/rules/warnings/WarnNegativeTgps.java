package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A negative {@code spec.terminationGracePeriodSeconds} ({@code W_NEGATIVE_TGPS}), which is treated
 * as 1.
 */
public final class WarnNegativeTgps implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_NEGATIVE_TGPS",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "spec.terminationGracePeriodSeconds is not negative.",
          "The API server warns and treats a negative grace period as 1 second: containers are killed almost at once.",
          "Use 0 or more seconds (30 is the default).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Long grace = context.spec().getTerminationGracePeriodSeconds();
    if (grace != null && grace < 0) {
      sink.report(
          context.root().child("terminationGracePeriodSeconds"),
          grace,
          "terminationGracePeriodSeconds "
              + grace
              + " must be >= 0; negative values are invalid and will be treated as 1");
    }
  }
}
