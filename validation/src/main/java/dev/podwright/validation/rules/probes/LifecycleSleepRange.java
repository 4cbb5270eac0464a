package dev.podwright.validation.rules.probes;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A {@code sleep} hook lasts more than 0 seconds (0 allowed from Kubernetes 1.33) and no longer
 * than the pod {@code terminationGracePeriodSeconds} (default 30) ({@code LIFECYCLE_SLEEP_RANGE}).
 * Before 1.30 the sleep action is dropped and not checked here.
 */
public final class LifecycleSleepRange implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "LIFECYCLE_SLEEP_RANGE",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "A sleep hook lasts more than 0 seconds (0 allowed from 1.33) and at most the pod's terminationGracePeriodSeconds.",
          "The API server rejects sleep durations outside that range (Invalid value).",
          "Use a sleep shorter than spec.terminationGracePeriodSeconds (30 by default), or raise the grace period.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(Handlers.SLEEP_ACTION)) {
      return;
    }
    boolean zero = context.version().isAtLeast(Handlers.SLEEP_ZERO);
    Long podGrace = context.spec().getTerminationGracePeriodSeconds();
    long grace = podGrace == null ? DEFAULT_GRACE : podGrace;
    for (Handlers.Handler handler : Handlers.lifecycleHandlers(context)) {
      if (!"sleep".equals(handler.firstAction())) {
        continue;
      }
      Long seconds = handler.sleep().getSeconds();
      long value = seconds == null ? 0 : seconds;
      boolean tooLow = zero ? value < 0 : value <= 0;
      if (tooLow || value > grace) {
        sink.report(
            handler.path().child("sleep").child("seconds"),
            value,
            "sleep of "
                + value
                + " seconds in the "
                + handler.describe()
                + " must be "
                + (zero ? "non-negative" : "greater than 0")
                + " and no more than terminationGracePeriodSeconds ("
                + grace
                + ")"
                + (!zero && value == 0 ? "; zero is allowed from Kubernetes " + ZERO : ""));
      }
    }
  }

  private static final long DEFAULT_GRACE = 30;
  private static final KubernetesVersion ZERO = Handlers.SLEEP_ZERO;
}
