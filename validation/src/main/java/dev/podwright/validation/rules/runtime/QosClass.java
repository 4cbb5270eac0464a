package dev.podwright.validation.rules.runtime;

import dev.podwright.kubernetes.KubernetesVersion;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One container's part in the pod's QoS class, as Kubernetes computes it
 * (pkg/apis/core/v1/helper/qos, {@code resourceQOS}) after defaulting ({@code SetDefaults_Pod}
 * fills a missing request from its limit): Guaranteed when cpu and memory both have a non-zero
 * limit and a request equal to it.
 */
final class QosClass {

  /** From this release PodLevelResources is on by default, and pod-level resources decide QoS. */
  static final KubernetesVersion POD_LEVEL_RESOURCES = KubernetesVersion.of(1, 34);

  private QosClass() {}

  /** Why these resources are not Guaranteed, or null when they are. */
  static String notGuaranteed(V1ResourceRequirements resources) {
    Map<String, Quantity> requests = resources == null ? null : resources.getRequests();
    Map<String, Quantity> limits = resources == null ? null : resources.getLimits();
    if (isEmpty(requests) && isEmpty(limits)) {
      return "sets no resource requests or limits";
    }
    for (String name : new String[] {"cpu", "memory"}) {
      BigDecimal limit = value(limits, name);
      if (limit == null || limit.signum() == 0) {
        return "sets no " + name + " limit";
      }
      BigDecimal request = value(requests, name);
      if (request != null && request.compareTo(limit) != 0) {
        return "requests " + name + " other than its limit";
      }
    }
    return null;
  }

  private static boolean isEmpty(Map<String, Quantity> values) {
    return values == null || values.isEmpty();
  }

  private static BigDecimal value(Map<String, Quantity> values, String name) {
    if (values == null) {
      return null;
    }
    Quantity quantity = values.get(name);
    return quantity == null ? null : quantity.getNumber();
  }
}
