package dev.podwright.validation.rules.policy;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.Map;

/** Helpers shared by the host-policy rules. */
final class Policies {

  private Policies() {}

  static String quote(Object value) {
    return "\"" + value + "\"";
  }

  /**
   * The container's request for a resource, falling back to its limit (a Pod's requests default to
   * its limits), or null.
   */
  static Quantity request(V1ResourceRequirements resources, String resource) {
    if (resources == null) {
      return null;
    }
    Quantity requested = get(resources.getRequests(), resource);
    return requested != null ? requested : get(resources.getLimits(), resource);
  }

  static Quantity get(Map<String, Quantity> values, String resource) {
    return values == null ? null : values.get(resource);
  }
}
