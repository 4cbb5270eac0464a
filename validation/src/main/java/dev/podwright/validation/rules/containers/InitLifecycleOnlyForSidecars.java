package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Lifecycle hooks only on restartable init containers (native sidecars) ({@code
 * INIT_LIFECYCLE_ONLY_FOR_SIDECARS}).
 */
public final class InitLifecycleOnlyForSidecars implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "INIT_LIFECYCLE_ONLY_FOR_SIDECARS",
          Severity.ERROR,
          ContainerRules.SECTION,
          "Init containers set lifecycle only when they are native sidecars (restartPolicy:"
              + " Always, Kubernetes 1.29 and later).",
          "The API server rejects lifecycle hooks on a run-to-completion init container"
              + " (Forbidden: may not be set for init containers without restartPolicy=Always).",
          "Remove the lifecycle hooks, or make the init container a native sidecar with"
              + " restartPolicy: Always on Kubernetes 1.29 or later.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      if (ref.container().getLifecycle() == null || Sidecars.isHonouredSidecar(ref, context)) {
        continue;
      }
      sink.report(
          ref.path().child("lifecycle"),
          null,
          "Forbidden: may not be set for init containers without restartPolicy=Always; init"
              + " container \""
              + ref.displayName()
              + "\" "
              + Sidecars.whyNotSidecar(ref, context)
              + ".");
    }
  }
}
