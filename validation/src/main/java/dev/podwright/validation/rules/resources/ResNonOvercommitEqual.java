package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import java.util.Map;

/**
 * Non-overcommittable resources (extended resources, hugepages) have a limit, and request equals
 * limit ({@code RES_NON_OVERCOMMIT_EQUAL}).
 */
public final class ResNonOvercommitEqual implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_NON_OVERCOMMIT_EQUAL",
          Severity.ERROR,
          "G. Resources and quantities",
          "Extended resources and hugepages that are requested have a limit equal to the request.",
          "They cannot be overcommitted, so the API server rejects a missing limit (Required) or request != limit (Invalid value).",
          "Set the limit equal to the request (or set only the limit: a Pod's request defaults to it).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      Map<String, Quantity> limits = requirements.limits();
      for (Map.Entry<String, Quantity> entry : requirements.requests().entrySet()) {
        String name = entry.getKey();
        if (Resources.isOvercommitAllowed(name)) {
          continue;
        }
        Quantity request = entry.getValue();
        Quantity limit = limits.get(name);
        if (limit == null) {
          sink.report(
              requirements.path().child("limits"),
              null,
              name
                  + " is requested by container \""
                  + requirements.container().displayName()
                  + "\" without a limit; a limit must be set for non overcommitable"
                  + " resources");
        } else if (Quantities.value(request).isPresent()
            && Quantities.value(limit).isPresent()
            && !Quantities.sameValue(request, limit)) {
          sink.report(
              requirements.path().child("requests"),
              Resources.render(request),
              name
                  + " request "
                  + Resources.render(request)
                  + " of container \""
                  + requirements.container().displayName()
                  + "\" must be equal to "
                  + name
                  + " limit of "
                  + Resources.render(limit));
        }
      }
    }
  }
}
