package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A pod has at least one regular container ({@code POD_CONTAINERS_REQUIRED}); init containers and
 * native sidecars do not count.
 */
public final class PodContainersRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_CONTAINERS_REQUIRED",
          Severity.ERROR,
          ContainerRules.SECTION,
          "spec.containers holds at least one container.",
          "The API server rejects a pod without regular containers (Required value), even when it"
              + " has init containers or native sidecars.",
          "Add the main application container to spec.containers.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (context.containers(ContainerType.CONTAINER).isEmpty()) {
      sink.report(
          context.root().child("containers"),
          null,
          "Required value: the pod has no regular container; init containers and native sidecars"
              + " alone do not make a pod.");
    }
  }
}
