package dev.podwright.validation.rules.pod;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodDNSConfig;
import io.kubernetes.client.openapi.models.V1PodDNSConfigOption;
import java.util.List;

/**
 * The checks behind {@link PodRule}, one static method per rule, and their helpers: {@code
 * POD_RESTARTPOLICY_ENUM}, {@code TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER}, {@code
 * POD_DNSPOLICY_ENUM}, {@code POD_ACTIVE_DEADLINE_RANGE}.
 */
final class PodChecks {

  static final List<String> POD_RESTARTPOLICY_ENUM_SUPPORTED =
      List.of("Always", "Never", "OnFailure");

  private static final List<String> TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER_SUPPORTED =
      List.of("OnFailure", "Never");

  private static final List<String> POD_DNSPOLICY_ENUM_SUPPORTED =
      List.of("ClusterFirst", "ClusterFirstWithHostNet", "Default", "None");

  private static final int MAX_NAMESERVERS = 3;

  private static final int MAX_SEARCHES = 32;

  private static final int MAX_SEARCH_CHARS = 2048;

  private PodChecks() {}

  /** Checks {@link PodRule#POD_RESTARTPOLICY_ENUM}. */
  static void podRestartPolicyEnum(PodSpecContext context, ViolationSink sink) {
    String policy = context.spec().getRestartPolicy();
    if (policy != null && !policy.isEmpty() && !POD_RESTARTPOLICY_ENUM_SUPPORTED.contains(policy)) {
      sink.report(
          context.root().child("restartPolicy"),
          policy,
          "Unsupported value: \""
              + policy
              + "\": supported values: "
              + PodFields.quoted(POD_RESTARTPOLICY_ENUM_SUPPORTED)
              + ".");
    }
  }

  /** Checks {@link PodRule#TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER}. */
  static void templateRestartPolicyForController(PodSpecContext context, ViolationSink sink) {
    if (!context.runsToCompletion()) {
      return;
    }
    // The Job API (batch validateJobSpec) answers an unset policy (defaulted to Always) and
    // Always alike: Required value, naming the valid values in this order.
    String policy = context.spec().getRestartPolicy();
    if (policy == null || policy.isEmpty() || policy.equals("Always")) {
      sink.report(
          context.root().child("restartPolicy"),
          policy,
          "Required value: valid values: "
              + PodFields.quoted(TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER_SUPPORTED)
              + (policy == null || policy.isEmpty()
                  ? " (unset, it is defaulted to \"Always\", which a Job's pod may not use)."
                  : "."));
    }
  }

  /** Checks {@link PodRule#POD_DNSPOLICY_ENUM}. */
  static void podDnsPolicyEnum(PodSpecContext context, ViolationSink sink) {
    FieldPath root = context.root();
    String policy = context.spec().getDnsPolicy();
    V1PodDNSConfig config = context.spec().getDnsConfig();
    if (policy != null && !policy.isEmpty() && !POD_DNSPOLICY_ENUM_SUPPORTED.contains(policy)) {
      sink.report(
          root.child("dnsPolicy"),
          policy,
          "Unsupported value: \""
              + policy
              + "\": supported values: "
              + PodFields.quoted(POD_DNSPOLICY_ENUM_SUPPORTED)
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
    if (nameservers.size() > MAX_NAMESERVERS) {
      sink.report(
          root.child("dnsConfig").child("nameservers"),
          nameservers.size(),
          "Invalid value: must not have more than "
              + MAX_NAMESERVERS
              + " nameservers; "
              + nameservers.size()
              + " are set.");
    }
    for (int i = 0; i < nameservers.size(); i++) {
      String server = nameservers.get(i);
      if (server == null || !(isIpv4(server) || isIpv6Like(server))) {
        sink.report(
            root.child("dnsConfig").child("nameservers").index(i),
            server,
            "Invalid value: \"" + server + "\": must be valid IP address.");
      }
    }
    List<String> searches = config.getSearches() == null ? List.of() : config.getSearches();
    if (searches.size() > MAX_SEARCHES) {
      sink.report(
          root.child("dnsConfig").child("searches"),
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
          root.child("dnsConfig").child("searches"),
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
      if (name == null || name.length() > 253 || !isSearch(name)) {
        sink.report(
            root.child("dnsConfig").child("searches").index(i),
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
            root.child("dnsConfig").child("options").index(i).child("name"),
            null,
            "Required value: DNS option #" + i + " has no name.");
      }
    }
  }

  /** Checks {@link PodRule#POD_ACTIVE_DEADLINE_RANGE}. */
  static void podActiveDeadlineRange(PodSpecContext context, ViolationSink sink) {
    Long deadline = context.spec().getActiveDeadlineSeconds();
    if (deadline != null && (deadline < 1 || deadline > Integer.MAX_VALUE)) {
      sink.report(
          context.root().child("activeDeadlineSeconds"),
          deadline,
          "Invalid value: " + deadline + ": must be between 1 and 2147483647, inclusive.");
    }
  }

  // Hand-written forms of three regular expressions; DnsConfigGrammarTest checks that each accepts
  // exactly what its expression matches in full.

  /**
   * A dotted-quad IPv4 address, {@code
   * ((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)}: four groups of one or two digits,
   * or three digits from 100 to 255 (leading zeros only in two digit groups).
   */
  static boolean isIpv4(String text) {
    int start = 0;
    for (int group = 0; group < 4; group++) {
      int end = group < 3 ? text.indexOf('.', start) : text.length();
      if (end < 0 || !isOctet(text, start, end)) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  private static boolean isOctet(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    switch (to - from) {
      case 1:
      case 2:
        return true;
      case 3:
        char first = text.charAt(from);
        char second = text.charAt(from + 1);
        char third = text.charAt(from + 2);
        return first == '1' || (first == '2' && (second <= '4' || (second == '5' && third <= '5')));
      default:
        return false;
    }
  }

  /** Something like an IPv6 address, {@code [0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*}. */
  static boolean isIpv6Like(String text) {
    boolean colon = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colon = true;
      } else if (c != '.' && !isDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return colon;
  }

  /**
   * A search domain (length aside): labels {@code [a-z0-9_]([-a-z0-9_]*[a-z0-9_])?} separated by
   * single dots.
   */
  static boolean isSearch(String text) {
    int start = 0;
    while (true) {
      int dot = text.indexOf('.', start);
      int end = dot < 0 ? text.length() : dot;
      if (!isSearchLabel(text, start, end)) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }

  private static boolean isSearchLabel(String text, int from, int to) {
    if (from >= to || !isSearchEnd(text.charAt(from)) || !isSearchEnd(text.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = text.charAt(i);
      if (c != '-' && !isSearchEnd(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z0-9_]}. */
  private static boolean isSearchEnd(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c) || c == '_';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
