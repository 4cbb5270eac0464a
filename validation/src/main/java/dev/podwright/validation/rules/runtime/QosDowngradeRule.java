package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.Map;

/**
 * A container without resource requests (or limits) in a pod whose other containers set them: the
 * pod's QoS class drops (Guaranteed becomes Burstable) and the container can be starved.
 */
public final class QosDowngradeRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_QOS_DOWNGRADE",
          Severity.WARNING,
          Hazards.SECTION,
          "A container sets no resource requests or limits while other containers of the pod"
              + " do.",
          "The pod's QoS class is derived from every container: one container without resources"
              + " turns a Guaranteed pod Burstable (earlier eviction, no exclusive CPUs), and"
              + " that container gets no reserved CPU or memory.",
          "Give the container cpu and memory requests (and limits equal to them for a Guaranteed"
              + " pod).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    ContainerRef withResources = null;
    for (ContainerRef ref : context.containers()) {
      if (hasAny(ref)) {
        withResources = ref;
        break;
      }
    }
    if (withResources == null) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      if (!hasAny(ref)) {
        sink.report(
            ref.path().child("resources"),
            null,
            "container "
                + Hazards.quote(ref.displayName())
                + " sets no resource requests, while "
                + Hazards.quote(withResources.displayName())
                + " does: the pod cannot be Guaranteed and this container gets no reserved"
                + " resources.");
      }
    }
  }

  private static boolean hasAny(ContainerRef ref) {
    V1ResourceRequirements r = ref.container().getResources();
    return r != null && (nonEmpty(r.getRequests()) || nonEmpty(r.getLimits()));
  }

  private static boolean nonEmpty(Map<String, Quantity> values) {
    return values != null && !values.isEmpty();
  }
}
