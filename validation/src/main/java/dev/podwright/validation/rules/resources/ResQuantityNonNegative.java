package dev.podwright.validation.rules.resources;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.math.BigDecimal;
import java.util.Optional;

/** Container resource quantities are not negative ({@code RES_QUANTITY_NONNEGATIVE}). */
public final class ResQuantityNonNegative implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_QUANTITY_NONNEGATIVE",
          Severity.ERROR,
          "G. Resources and quantities",
          "Container resource requests and limits are not negative.",
          "The API server rejects negative quantities (Invalid value).",
          "Use a positive quantity such as 100m or 128Mi, or remove the entry.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        Optional<BigDecimal> value = entry.value();
        if (value.isPresent() && value.get().signum() < 0) {
          sink.report(
              entry.path(),
              Resources.render(entry.quantity()),
              entry.name()
                  + " "
                  + Resources.render(entry.quantity())
                  + " of container \""
                  + entry.container().displayName()
                  + "\" must be greater than or equal to 0");
        }
      }
    }
  }
}
