package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * {@code spec.overhead} is validated like container limits: valid names, non-negative, integer for
 * extended resources ({@code POD_OVERHEAD}).
 */
public final class PodOverhead implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_OVERHEAD",
          Severity.ERROR,
          "G. Resources and quantities",
          "spec.overhead names valid resources with non-negative (and for extended resources integer) quantities.",
          "The API server validates overhead like container limits and rejects bad names or values (Invalid value).",
          "Leave overhead to the RuntimeClass, or use standard names with non-negative quantities.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, Quantity> overhead = context.spec().getOverhead();
    if (overhead == null || overhead.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Quantity> entry : Resources.sorted(overhead).entrySet()) {
      String name = entry.getKey();
      Quantity quantity = entry.getValue();
      String problem = KubeIdentifiers.qualifiedName(name).orElse(null);
      if (problem == null && !name.contains("/") && !Resources.isStandardContainerResource(name)) {
        problem = "must be a standard resource (cpu, memory, ephemeral-storage, hugepages-<size>)";
      }
      if (problem == null
          && name.contains("/")
          && !Resources.isNative(name)
          && !Resources.isExtended(name)) {
        problem = "doesn't follow extended resource name standard";
      }
      if (problem != null) {
        sink.report(path(context, name), name, "overhead resource \"" + name + "\" " + problem);
        continue;
      }
      Optional<BigDecimal> value = Quantities.value(quantity);
      if (value.isEmpty()) {
        continue;
      }
      if (value.get().signum() < 0) {
        sink.report(
            path(context, name),
            Resources.render(quantity),
            "overhead "
                + name
                + " "
                + Resources.render(quantity)
                + " must be greater than or equal to 0");
      } else if (Resources.isExtended(name) && !Resources.isInteger(value.get())) {
        sink.report(
            path(context, name),
            Resources.render(quantity),
            "overhead " + name + " " + Resources.render(quantity) + " must be an integer");
      }
    }
  }

  /** The path of one entry of {@code spec.overhead}. */
  private static FieldPath path(PodSpecContext context, String name) {
    return context.root().child("overhead").key(name);
  }
}
