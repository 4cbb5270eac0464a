package dev.podwright.validation.rules.policy;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A container that does not request a resource the host policy requires ({@code requireRequests}).
 * A limit counts as a request: a Pod's requests default to its limits.
 */
public final class RequiredRequestsRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POLICY_REQUESTS_REQUIRED",
          Severity.ERROR,
          Policies.SECTION,
          "A container (init containers and sidecars included) does not request a resource the"
              + " host policy requires.",
          "The platform needs requests to schedule and bill pods (often enforced by a"
              + " ResourceQuota, which rejects the pod); without them the container may be"
              + " starved or evicted first.",
          "Set `resources.requests` for the resource on the container.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (String resource : context.policy().requireRequests()) {
      for (ContainerRef ref : context.containers()) {
        if (Policies.request(ref.container().getResources(), resource) == null) {
          sink.report(
              ref.path().child("resources").child("requests").key(resource),
              null,
              "container "
                  + Policies.quote(ref.displayName())
                  + " does not request "
                  + resource
                  + "; the host requires every container to.");
        }
      }
    }
  }
}
