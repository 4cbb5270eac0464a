package dev.podwright.validation.rules.resources;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Unprefixed container resource names are standard ones: cpu, memory, ephemeral-storage,
 * hugepages-&lt;size&gt; ({@code RES_NAME_STANDARD}).
 */
public final class ResNameStandard implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_NAME_STANDARD",
          Severity.ERROR,
          "G. Resources and quantities",
          "Unprefixed container resource names are cpu, memory, ephemeral-storage or hugepages-<size>.",
          "The API server rejects other unprefixed names such as gpu, storage or pods (Invalid value).",
          "Use a standard resource name, or the vendor's extended resource name (e.g. nvidia.com/gpu).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        String name = entry.name();
        if (!name.contains("/") && !Resources.isStandardContainerResource(name)) {
          sink.report(
              entry.path(),
              name,
              "resource \""
                  + name
                  + "\" of container \""
                  + entry.container().displayName()
                  + "\" must be a standard resource for containers (cpu, memory,"
                  + " ephemeral-storage, hugepages-<size>)");
        }
      }
    }
  }
}
