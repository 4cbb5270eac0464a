package dev.podwright.validation.rules.pod;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodDNSConfig;
import io.kubernetes.client.openapi.models.V1PodDNSConfigOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code spec.dnsPolicy} and {@code spec.dnsConfig} ({@code POD_DNSPOLICY_ENUM}): the policy is
 * {@code ClusterFirstWithHostNet}, {@code ClusterFirst}, {@code Default} or {@code None} (unset is
 * defaulted); {@code None} needs a dnsConfig with a nameserver; at most 3 nameservers, each an IP
 * address; at most 32 search domains, 2048 characters in all, each a DNS name (underscores and a
 * lone {@code .} tolerated, as with relaxed DNS search validation); every option named.
 */
public final class PodDnsPolicyEnum implements PodSpecRule {

  private static final List<String> SUPPORTED =
      List.of("ClusterFirst", "ClusterFirstWithHostNet", "Default", "None");
  private static final int MAX_NAMESERVERS = 3;
  private static final int MAX_SEARCHES = 32;
  private static final int MAX_SEARCH_CHARS = 2048;
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final String LABEL = "[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?";
  private static final Pattern SEARCH = Pattern.compile(LABEL + "(\\." + LABEL + ")*");

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_DNSPOLICY_ENUM",
          Severity.ERROR,
          PodRules.SECTION,
          "spec.dnsPolicy is a known policy, and spec.dnsConfig is complete for None and within"
              + " the resolver's limits.",
          "The API server rejects unknown policies (Unsupported value), None without nameservers"
              + " (Required value) and over-long or malformed DNS settings (Invalid value).",
          "Use ClusterFirst (the default), ClusterFirstWithHostNet, Default or None; with None set"
              + " dnsConfig.nameservers to 1-3 IP addresses.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    FieldPath root = context.root();
    String policy = context.spec().getDnsPolicy();
    V1PodDNSConfig config = context.spec().getDnsConfig();
    if (policy != null && !policy.isEmpty() && !SUPPORTED.contains(policy)) {
      sink.report(
          root.child("dnsPolicy"),
          policy,
          "Unsupported value: \""
              + policy
              + "\": supported values: "
              + PodRules.quoted(SUPPORTED)
              + ".");
    }
    List<String> nameservers =
        config == null || config.getNameservers() == null ? List.of() : config.getNameservers();
    if ("None".equals(policy)) {
      if (config == null) {
        sink.report(
            root.child("dnsConfig"),
            null,
            "Required value: must provide `dnsConfig` when `dnsPolicy` is None.");
      } else if (nameservers.isEmpty()) {
        sink.report(
            root.child("dnsConfig").child("nameservers"),
            null,
            "Required value: must provide at least one DNS nameserver when `dnsPolicy` is None.");
      }
    }
    if (config == null) {
      return;
    }
    FieldPath configPath = root.child("dnsConfig");
    if (nameservers.size() > MAX_NAMESERVERS) {
      sink.report(
          configPath.child("nameservers"),
          nameservers.size(),
          "Invalid value: must not have more than "
              + MAX_NAMESERVERS
              + " nameservers; "
              + nameservers.size()
              + " are set.");
    }
    for (int i = 0; i < nameservers.size(); i++) {
      String server = nameservers.get(i);
      if (server == null || !(IPV4.matcher(server).matches() || IPV6.matcher(server).matches())) {
        sink.report(
            configPath.child("nameservers").index(i),
            server,
            "Invalid value: \"" + server + "\": must be valid IP address.");
      }
    }
    List<String> searches = config.getSearches() == null ? List.of() : config.getSearches();
    if (searches.size() > MAX_SEARCHES) {
      sink.report(
          configPath.child("searches"),
          searches.size(),
          "Invalid value: must not have more than "
              + MAX_SEARCHES
              + " search paths; "
              + searches.size()
              + " are set.");
    }
    int chars = Math.max(0, searches.size() - 1);
    for (String search : searches) {
      chars += search == null ? 0 : search.length();
    }
    if (chars > MAX_SEARCH_CHARS) {
      sink.report(
          configPath.child("searches"),
          chars,
          "Invalid value: must not have more than "
              + MAX_SEARCH_CHARS
              + " characters (including spaces) in the search list; it has "
              + chars
              + ".");
    }
    for (int i = 0; i < searches.size(); i++) {
      String search = searches.get(i);
      if (search != null && search.equals(".")) {
        continue;
      }
      String name =
          search != null && search.endsWith(".")
              ? search.substring(0, search.length() - 1)
              : search;
      if (name == null || name.length() > 253 || !SEARCH.matcher(name).matches()) {
        sink.report(
            configPath.child("searches").index(i),
            search,
            "Invalid value: \""
                + search
                + "\": must be a DNS subdomain (lowercase letters, digits, '-', '_' and '.').");
      }
    }
    List<V1PodDNSConfigOption> options =
        config.getOptions() == null ? List.of() : config.getOptions();
    for (int i = 0; i < options.size(); i++) {
      V1PodDNSConfigOption option = options.get(i);
      if (option != null && (option.getName() == null || option.getName().isEmpty())) {
        sink.report(
            configPath.child("options").index(i).child("name"),
            null,
            "Required value: DNS option #" + i + " has no name.");
      }
    }
  }
}
