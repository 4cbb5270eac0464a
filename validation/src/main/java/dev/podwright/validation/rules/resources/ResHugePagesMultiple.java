package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A hugepages quantity is a whole multiple of its page size: {@code hugepages-2Mi} in steps of 2Mi
 * ({@code RES_HUGEPAGES_MULTIPLE}).
 */
public final class ResHugePagesMultiple implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_HUGEPAGES_MULTIPLE",
          Severity.ERROR,
          "G. Resources and quantities",
          "A hugepages-<size> quantity is a whole multiple of <size>.",
          "The API server rejects hugepages quantities that are not a multiple of the page size (Invalid value).",
          "Use a multiple of the page size, e.g. 4Mi or 100Mi for hugepages-2Mi.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        if (!Resources.isHugePages(entry.name())) {
          continue;
        }
        Optional<BigDecimal> entryValue = entry.value();
        if (entryValue.isEmpty()) {
          continue;
        }
        Optional<Quantity> pageSize =
            Quantities.parse(entry.name().substring("hugepages-".length()));
        Optional<BigDecimal> page =
            pageSize.isPresent() ? Quantities.value(pageSize.get()) : Optional.empty();
        BigDecimal value = entryValue.get();
        boolean multiple =
            page.isPresent()
                && page.get().signum() > 0
                && isInteger(value)
                && value.remainder(page.get()).signum() == 0;
        if (!multiple) {
          sink.report(
              entry.path(),
              Resources.render(entry.quantity()),
              Resources.render(entry.quantity())
                  + " of container \""
                  + entry.container().displayName()
                  + "\" is not a positive integer multiple of "
                  + entry.name());
        }
      }
    }
  }

  private static boolean isInteger(BigDecimal value) {
    return Resources.isInteger(value);
  }
}
