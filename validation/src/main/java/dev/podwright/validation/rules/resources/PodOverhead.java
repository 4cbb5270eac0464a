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
import java.util.Map;

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
    FieldPath overhead = context.root().child("overhead");
    Map<String, Quantity> values = Resources.sorted(context.spec().getOverhead());
    values.forEach(
        (name, quantity) -> {
          FieldPath path = overhead.key(name);
          String problem = KubeIdentifiers.qualifiedName(name).orElse(null);
          if (problem == null
              && !name.contains("/")
              && !Resources.isStandardContainerResource(name)) {
            problem =
                "must be a standard resource (cpu, memory, ephemeral-storage, hugepages-<size>)";
          }
          if (problem == null
              && name.contains("/")
              && !Resources.isNative(name)
              && !Resources.isExtended(name)) {
            problem = "doesn't follow extended resource name standard";
          }
          if (problem != null) {
            sink.report(path, name, "overhead resource \"" + name + "\" " + problem);
            return;
          }
          Quantities.value(quantity)
              .ifPresent(
                  value -> {
                    if (value.signum() < 0) {
                      sink.report(
                          path,
                          Resources.render(quantity),
                          "overhead "
                              + name
                              + " "
                              + Resources.render(quantity)
                              + " must be greater than or equal to 0");
                    } else if (Resources.isExtended(name) && !Resources.isInteger(value)) {
                      sink.report(
                          path,
                          Resources.render(quantity),
                          "overhead "
                              + name
                              + " "
                              + Resources.render(quantity)
                              + " must be an integer");
                    }
                  });
        });
  }
}
