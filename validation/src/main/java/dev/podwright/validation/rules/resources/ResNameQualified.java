package dev.podwright.validation.rules.resources;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Optional;

/** Container resource names are qualified names ({@code RES_NAME_QUALIFIED}). */
public final class ResNameQualified implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_NAME_QUALIFIED",
          Severity.ERROR,
          "G. Resources and quantities",
          "Container resource names are qualified names (optional DNS prefix and '/', then a name).",
          "The API server rejects a resource name that is not a qualified name (Invalid value).",
          "Use cpu, memory, ephemeral-storage, hugepages-<size> or an extended resource such as example.com/gpu.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      for (Resources.Entry entry : requirements.entries()) {
        Optional<String> problem = KubeIdentifiers.qualifiedName(entry.name());
        if (problem.isPresent()) {
          sink.report(
              entry.path(),
              entry.name(),
              "resource name \""
                  + entry.name()
                  + "\" of container \""
                  + entry.container().displayName()
                  + "\" "
                  + problem.get());
        }
      }
    }
  }
}
