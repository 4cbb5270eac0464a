package dev.podwright.validation.rules.policy;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** More native sidecars than the host policy's {@code maxSidecars}. */
public final class TooManySidecarsRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POLICY_TOO_MANY_SIDECARS",
          Severity.ERROR,
          Policies.SECTION,
          "The spec has more native sidecars than the host policy's `maxSidecars`.",
          "The platform caps the sidecars a pod may carry; it rejects the pod.",
          "Remove sidecars (or merge their work) until the pod is within the limit.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    int max = context.policy().maxSidecars();
    if (max < 0) {
      return;
    }
    int sidecars = 0;
    ContainerRef first = null;
    for (ContainerRef ref : context.containers()) {
      if (ref.isNativeSidecar()) {
        if (sidecars == max) {
          first = ref;
        }
        sidecars++;
      }
    }
    if (sidecars > max) {
      sink.report(
          first.path(),
          sidecars,
          "the pod has "
              + sidecars
              + " native sidecars; the host allows at most "
              + max
              + " (first one over the limit: "
              + Policies.quote(first.displayName())
              + ").");
    }
  }
}
