package dev.podwright.validation.rules.pod;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** {@code spec.activeDeadlineSeconds} lies in 1..2147483647 ({@code POD_ACTIVE_DEADLINE_RANGE}). */
public final class PodActiveDeadlineRange implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_ACTIVE_DEADLINE_RANGE",
          Severity.ERROR,
          PodRules.SECTION,
          "spec.activeDeadlineSeconds, when set, is between 1 and 2147483647.",
          "The API server rejects other values (Invalid value).",
          "Use a positive number of seconds, or leave it unset for no deadline.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Long deadline = context.spec().getActiveDeadlineSeconds();
    if (deadline != null && (deadline < 1 || deadline > Integer.MAX_VALUE)) {
      sink.report(
          context.root().child("activeDeadlineSeconds"),
          deadline,
          "Invalid value: " + deadline + ": must be between 1 and 2147483647, inclusive.");
    }
  }
}
