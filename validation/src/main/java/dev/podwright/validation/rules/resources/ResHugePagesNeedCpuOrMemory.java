package dev.podwright.validation.rules.resources;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A container that asks for hugepages also requests or limits cpu or memory ({@code
 * RES_HUGEPAGES_NEED_CPU_OR_MEMORY}).
 */
public final class ResHugePagesNeedCpuOrMemory implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RES_HUGEPAGES_NEED_CPU_OR_MEMORY",
          Severity.ERROR,
          "G. Resources and quantities",
          "A container with hugepages requests or limits also requests or limits cpu or memory.",
          "The API server rejects hugepages without cpu or memory (Forbidden).",
          "Add a memory (or cpu) request and limit next to the hugepages.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Resources.Requirements requirements : Resources.of(context)) {
      boolean hugePages = false;
      boolean cpuOrMemory = false;
      for (Resources.Entry entry : requirements.entries()) {
        hugePages |= Resources.isHugePages(entry.name());
        cpuOrMemory |= entry.name().equals("cpu") || entry.name().equals("memory");
      }
      if (hugePages && !cpuOrMemory) {
        sink.report(
            requirements.path(),
            null,
            "container \""
                + requirements.container().displayName()
                + "\" asks for hugepages without cpu or memory; HugePages require cpu or memory");
      }
    }
  }
}
