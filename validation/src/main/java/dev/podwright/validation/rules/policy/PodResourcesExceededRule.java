package dev.podwright.validation.rules.policy;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The pod's effective requests exceed the host policy's {@code maxPodResources}. Effective requests
 * as the scheduler computes them with native sidecars: {@code max(sum(regular) + sum(sidecars), max
 * over init containers)}, where a plain init container counts its own request plus the sidecars
 * started before it, and a sidecar counts the sidecars up to and including itself; pod overhead is
 * added.
 */
public final class PodResourcesExceededRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POLICY_POD_RESOURCES_EXCEEDED",
          Severity.ERROR,
          Policies.SECTION,
          "The pod's effective requests (regular containers plus native sidecars, or the largest"
              + " init phase) exceed the host policy's `maxPodResources`.",
          "Native sidecar requests add to the main containers' (plain init containers only count"
              + " as a maximum): the pod cannot be placed on the host's nodes or exceeds its"
              + " quota, and stays Pending.",
          "Lower the requests of the containers or sidecars, or drop a sidecar.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Map.Entry<String, Quantity> max : context.policy().maxPodResources().entrySet()) {
      String resource = max.getKey();
      BigDecimal limit = Quantities.value(max.getValue()).orElse(null);
      if (limit == null) {
        continue;
      }
      BigDecimal total = effective(context, resource);
      if (total.compareTo(limit) > 0) {
        sink.report(
            context.root(),
            format(total, max.getValue()),
            "insufficient resources: the pod's effective "
                + resource
                + " request is "
                + format(total, max.getValue())
                + " (regular containers and native sidecars "
                + "summed, or the largest init phase), above the host's maximum of "
                + max.getValue().toSuffixedString()
                + ".");
      }
    }
  }

  /** The effective pod request of one resource. */
  static BigDecimal effective(PodSpecContext context, String resource) {
    BigDecimal regular = BigDecimal.ZERO;
    BigDecimal sidecars = BigDecimal.ZERO;
    BigDecimal initMax = BigDecimal.ZERO;
    for (ContainerRef ref : context.containers()) {
      BigDecimal request = amount(ref, resource);
      if (ref.isNativeSidecar()) {
        sidecars = sidecars.add(request);
        initMax = initMax.max(sidecars);
      } else if (ref.isRunToCompletionInit()) {
        initMax = initMax.max(request.add(sidecars));
      } else {
        regular = regular.add(request);
      }
    }
    BigDecimal total = regular.add(sidecars).max(initMax);
    Map<String, Quantity> overhead = context.spec().getOverhead();
    Quantity extra = overhead == null ? null : overhead.get(resource);
    if (extra != null) {
      total = total.add(Quantities.value(extra).orElse(BigDecimal.ZERO));
    }
    return total;
  }

  private static BigDecimal amount(ContainerRef ref, String resource) {
    Quantity q = Policies.request(ref.container().getResources(), resource);
    return q == null ? BigDecimal.ZERO : Quantities.value(q).orElse(BigDecimal.ZERO);
  }

  private static String format(BigDecimal total, Quantity like) {
    try {
      return new Quantity(total, like.getFormat()).toSuffixedString();
    } catch (RuntimeException e) {
      return total.toPlainString();
    }
  }
}
