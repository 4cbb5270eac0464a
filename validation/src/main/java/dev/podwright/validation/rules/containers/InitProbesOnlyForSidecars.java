package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * Liveness, readiness and startup probes only on restartable init containers (native sidecars)
 * ({@code INIT_PROBES_ONLY_FOR_SIDECARS}). Before 1.29 the {@code restartPolicy: Always} of a
 * would-be sidecar is dropped, so its probes are rejected too.
 */
public final class InitProbesOnlyForSidecars implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "INIT_PROBES_ONLY_FOR_SIDECARS",
          Severity.ERROR,
          ContainerRules.SECTION,
          "Init containers set livenessProbe, readinessProbe or startupProbe only when they are"
              + " native sidecars (restartPolicy: Always, Kubernetes 1.29 and later).",
          "The API server rejects probes on a run-to-completion init container (Forbidden: may not"
              + " be set for init containers without restartPolicy=Always).",
          "Remove the probes, or make the init container a native sidecar with restartPolicy:"
              + " Always on Kubernetes 1.29 or later.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      if (Sidecars.isHonouredSidecar(ref, context)) {
        continue;
      }
      V1Container container = ref.container();
      if (container.getLivenessProbe() != null) {
        report(sink, ref, "livenessProbe", context);
      }
      if (container.getReadinessProbe() != null) {
        report(sink, ref, "readinessProbe", context);
      }
      if (container.getStartupProbe() != null) {
        report(sink, ref, "startupProbe", context);
      }
    }
  }

  private static void report(
      ViolationSink sink, ContainerRef ref, String field, PodSpecContext context) {
    sink.report(
        ref.path().child(field),
        null,
        "Forbidden: may not be set for init containers without restartPolicy=Always; init"
            + " container \""
            + ref.displayName()
            + "\" "
            + Sidecars.whyNotSidecar(ref, context)
            + ".");
  }
}
