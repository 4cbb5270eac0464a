package dev.podwright.validation.rules.names;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** Every container and init container must have a name ({@code CONTAINER_NAME_REQUIRED}). */
public final class ContainerNameRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_NAME_REQUIRED",
          Severity.ERROR,
          NameRules.SECTION,
          "Every container and init container has a non-empty name.",
          "The API server rejects a container without a name (Required value).",
          "Give the container a DNS-1123 label name, e.g. \"log-shipper\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String name = ref.container().getName();
      if (name == null || name.isEmpty()) {
        sink.report(
            ref.path().child("name"),
            null,
            "Required value: " + ref.path() + " has no name; every container needs one.");
      }
    }
  }
}
