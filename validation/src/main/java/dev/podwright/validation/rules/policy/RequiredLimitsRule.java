package dev.podwright.validation.rules.policy;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;

/** A container that does not limit a resource the host policy requires ({@code requireLimits}). */
public final class RequiredLimitsRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POLICY_LIMITS_REQUIRED",
          Severity.ERROR,
          Policies.SECTION,
          "A container (init containers and sidecars included) does not limit a resource the"
              + " host policy requires.",
          "The platform needs limits to keep one pod from starving its neighbours (often"
              + " enforced by a ResourceQuota, which rejects the pod).",
          "Set `resources.limits` for the resource on the container.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (String resource : context.policy().requireLimits()) {
      for (ContainerRef ref : context.containers()) {
        V1ResourceRequirements r = ref.container().getResources();
        if (r == null || Policies.get(r.getLimits(), resource) == null) {
          sink.report(
              ref.path().child("resources").child("limits").key(resource),
              null,
              "container "
                  + Policies.quote(ref.displayName())
                  + " does not limit "
                  + resource
                  + "; the host requires every container to.");
        }
      }
    }
  }
}
