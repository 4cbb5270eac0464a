package dev.podwright.validation.rules.names;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** A container name must be a DNS-1123 label ({@code CONTAINER_NAME_DNS1123}). */
public final class ContainerNameDns1123 implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_NAME_DNS1123",
          Severity.ERROR,
          NameRules.SECTION,
          "Container and init container names are DNS-1123 labels (lowercase letters, digits and"
              + " '-', at most 63 characters, alphanumeric at both ends).",
          "The API server rejects any other container name (Invalid value).",
          "Use lowercase letters, digits and '-' only, e.g. \"log-shipper\" instead of"
              + " \"Log_Shipper\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String name = ref.container().getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      for (String error : DnsNames.dns1123LabelErrors(name)) {
        sink.report(
            ref.path().child("name"),
            name,
            "Invalid value: \"" + name + "\": container name " + error + ".");
      }
    }
  }
}
