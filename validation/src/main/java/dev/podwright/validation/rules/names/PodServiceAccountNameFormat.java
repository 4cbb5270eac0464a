package dev.podwright.validation.rules.names;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * {@code spec.serviceAccountName} is a DNS-1123 subdomain ({@code POD_SERVICEACCOUNTNAME_FORMAT}).
 */
public final class PodServiceAccountNameFormat implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_SERVICEACCOUNTNAME_FORMAT",
          Severity.ERROR,
          NameRules.SECTION,
          "spec.serviceAccountName, when set, is a DNS-1123 subdomain.",
          "The API server rejects other service account names (Invalid value).",
          "Use the ServiceAccount's exact name: lowercase letters, digits, '-' and '.'.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    String name = context.spec().getServiceAccountName();
    if (name == null || name.isEmpty()) {
      return;
    }
    for (String error : DnsNames.dns1123SubdomainErrors(name)) {
      sink.report(
          context.root().child("serviceAccountName"),
          name,
          "Invalid value: \"" + name + "\": " + error + ".");
    }
  }
}
