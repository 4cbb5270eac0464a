package dev.podwright.validation.rules.resources;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Extended resources, which are counted in whole units, have integer quantities ({@code
 * RES_QUANTITY_INTEGER}).
 */
public final class ResQuantityInteger implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_QUANTITY_INTEGER",
          Severity.ERROR,
          "G. Resources and quantities",
          "Extended resource quantities are whole numbers.",
          "The API server rejects fractional quantities of integer resources (Invalid value).",
          "Request a whole number of the extended resource, e.g. 1.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        if (!Resources.isExtended(entry.name())) {
          continue;
        }
        Optional<BigDecimal> value = entry.value();
        if (value.isPresent() && !Resources.isInteger(value.get())) {
          sink.report(
              entry.path(),
              Resources.render(entry.quantity()),
              entry.name()
                  + " "
                  + Resources.render(entry.quantity())
                  + " of container \""
                  + entry.container().displayName()
                  + "\" must be an integer");
        }
      }
    }
  }
}
