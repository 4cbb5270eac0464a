package dev.podwright.validation.rules.warnings;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1HostAlias;
import java.util.List;
import java.util.Optional;

/**
 * IP addresses in {@code dnsConfig.nameservers} and {@code hostAliases} written in a non-standard
 * form: IPv4 octets with leading zeros, or IPv4-mapped IPv6 ({@code W_NONSTANDARD_IP}). From
 * Kubernetes 1.33.
 */
public final class WarnNonStandardIp implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_NONSTANDARD_IP",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "Nameserver and hostAlias IPs are written in standard form (no leading zeros, no IPv4-mapped IPv6).",
          "The API server warns that such addresses will be rejected in a future release; leading zeros are also read as octal by some resolvers.",
          "Write the address in plain dotted-decimal form, e.g. 5.6.7.8.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(SINCE)) {
      return;
    }
    if (context.spec().getDnsConfig() != null) {
      List<String> servers = context.spec().getDnsConfig().getNameservers();
      if (servers != null) {
        for (int i = 0; i < servers.size(); i++) {
          String ip = servers.get(i);
          Optional<String> fixed = standard(ip);
          if (fixed.isPresent()) {
            report(
                sink,
                context.root().child("dnsConfig").child("nameservers").index(i),
                ip,
                fixed.get());
          }
        }
      }
    }
    List<V1HostAlias> aliases = context.spec().getHostAliases();
    if (aliases != null) {
      for (int i = 0; i < aliases.size(); i++) {
        if (aliases.get(i) != null) {
          String ip = aliases.get(i).getIp();
          Optional<String> fixed = standard(ip);
          if (fixed.isPresent()) {
            report(sink, context.root().child("hostAliases").index(i).child("ip"), ip, fixed.get());
          }
        }
      }
    }
  }

  /** The first release assumed to emit this warning (stricter IP validation, KEP-4858). */
  static final KubernetesVersion SINCE = KubernetesVersion.of(1, 33);

  private static void report(ViolationSink sink, FieldPath path, String ip, String fixed) {
    sink.report(
        path,
        ip,
        "non-standard IP address \""
            + ip
            + "\" will be considered invalid in a future"
            + " Kubernetes release: use \""
            + fixed
            + "\"");
  }

  /** The standard form of a valid but non-standard IP, empty when it is standard or invalid. */
  static Optional<String> standard(String ip) {
    if (ip == null) {
      return Optional.empty();
    }
    if (isMappedPrefix(ip)) {
      // IPv4-mapped IPv6, (?i)::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})
      return Optional.ofNullable(canonicalV4(ip, MAPPED_PREFIX_LENGTH));
    }
    String canonical = canonicalV4(ip, 0);
    return canonical == null || canonical.equals(ip) ? Optional.empty() : Optional.of(canonical);
  }

  /** The length of the IPv4-mapped IPv6 prefix, colon colon ffff colon. */
  private static final int MAPPED_PREFIX_LENGTH = 7;

  /** True when the text starts with {@code ::ffff:}, the letters in either case (ASCII only). */
  private static boolean isMappedPrefix(String ip) {
    if (ip.length() < MAPPED_PREFIX_LENGTH
        || ip.charAt(0) != ':'
        || ip.charAt(1) != ':'
        || ip.charAt(6) != ':') {
      return false;
    }
    for (int i = 2; i < 6; i++) {
      char c = ip.charAt(i);
      if (c != 'f' && c != 'F') {
        return false;
      }
    }
    return true;
  }

  /**
   * The dotted-decimal form of {@code text[from..]} when it is four groups of one to three ASCII
   * digits ({@code (\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})}) with no group above 255; null
   * otherwise.
   */
  private static String canonicalV4(String text, int from) {
    int[] octets = new int[4];
    int i = from;
    int n = text.length();
    for (int group = 0; group < 4; group++) {
      if (group > 0) {
        if (i >= n || text.charAt(i) != '.') {
          return null;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < n && i - start < 3 && isDigit(text.charAt(i))) {
        value = value * 10 + (text.charAt(i) - '0');
        i++;
      }
      if (i == start || (i < n && isDigit(text.charAt(i)))) {
        return null;
      }
      octets[group] = value;
    }
    if (i != n) {
      return null;
    }
    StringBuilder canonical = new StringBuilder(15);
    for (int group = 0; group < 4; group++) {
      if (octets[group] > 255) {
        return null;
      }
      canonical.append(group > 0 ? "." : "").append(octets[group]);
    }
    return canonical.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
