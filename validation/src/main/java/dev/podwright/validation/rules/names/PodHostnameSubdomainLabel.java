package dev.podwright.validation.rules.names;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * {@code spec.hostname} and {@code spec.subdomain} are DNS-1123 labels ({@code
 * POD_HOSTNAME_SUBDOMAIN_LABEL}).
 */
public final class PodHostnameSubdomainLabel implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_HOSTNAME_SUBDOMAIN_LABEL",
          Severity.ERROR,
          NameRules.SECTION,
          "spec.hostname and spec.subdomain, when set, are DNS-1123 labels.",
          "The API server rejects other values (Invalid value).",
          "Use lowercase letters, digits and '-', at most 63 characters, e.g. \"db-0\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    check(sink, context.root(), "hostname", context.spec().getHostname());
    check(sink, context.root(), "subdomain", context.spec().getSubdomain());
  }

  private static void check(ViolationSink sink, FieldPath root, String field, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    for (String error : DnsNames.dns1123LabelErrors(value)) {
      sink.report(root.child(field), value, "Invalid value: \"" + value + "\": " + error + ".");
    }
  }
}
