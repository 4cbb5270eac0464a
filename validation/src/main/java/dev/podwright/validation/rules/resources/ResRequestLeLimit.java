package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A container request is not above its limit for the same resource ({@code RES_REQUEST_LE_LIMIT});
 * reported at {@code ...resources.requests}, as the API server does.
 */
public final class ResRequestLeLimit implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_REQUEST_LE_LIMIT",
          Severity.ERROR,
          "G. Resources and quantities",
          "A container's request for a resource is at most its limit for it.",
          "The API server rejects a request above the limit (Invalid value).",
          "Lower the request or raise the limit so that request <= limit.");

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
        Quantity request = entry.getValue();
        Quantity limit = limits.get(name);
        if (limit == null) {
          continue;
        }
        Optional<BigDecimal> r = Quantities.value(request);
        Optional<BigDecimal> l = Quantities.value(limit);
        if (r.isPresent() && l.isPresent() && r.get().compareTo(l.get()) > 0) {
          sink.report(
              requirements.path().child("requests"),
              Resources.render(request),
              name
                  + " request "
                  + Resources.render(request)
                  + " of container \""
                  + requirements.container().displayName()
                  + "\" must be less than or equal to "
                  + name
                  + " limit of "
                  + Resources.render(limit));
        }
      }
    }
  }
}
