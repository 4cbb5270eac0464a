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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        FieldPath list = context.root().child("dnsConfig").child("nameservers");
        for (int i = 0; i < servers.size(); i++) {
          check(list.index(i), servers.get(i), sink);
        }
      }
    }
    List<V1HostAlias> aliases = context.spec().getHostAliases();
    if (aliases != null) {
      FieldPath list = context.root().child("hostAliases");
      for (int i = 0; i < aliases.size(); i++) {
        if (aliases.get(i) != null) {
          check(list.index(i).child("ip"), aliases.get(i).getIp(), sink);
        }
      }
    }
  }

  /** The first release assumed to emit this warning (stricter IP validation, KEP-4858). */
  static final KubernetesVersion SINCE = KubernetesVersion.of(1, 33);

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern MAPPED =
      Pattern.compile("(?i)::ffff:(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})");

  private static void check(FieldPath path, String ip, ViolationSink sink) {
    standard(ip)
        .ifPresent(
            fixed ->
                sink.report(
                    path,
                    ip,
                    "non-standard IP address \""
                        + ip
                        + "\" will be considered invalid in a future"
                        + " Kubernetes release: use \""
                        + fixed
                        + "\""));
  }

  /** The standard form of a valid but non-standard IP, empty when it is standard or invalid. */
  static Optional<String> standard(String ip) {
    if (ip == null) {
      return Optional.empty();
    }
    Matcher mapped = MAPPED.matcher(ip);
    if (mapped.matches()) {
      return canonicalV4(mapped.group(1));
    }
    Matcher v4 = IPV4.matcher(ip);
    if (!v4.matches()) {
      return Optional.empty();
    }
    Optional<String> canonical = canonicalV4(ip);
    return canonical.filter(c -> !c.equals(ip));
  }

  private static Optional<String> canonicalV4(String ip) {
    Matcher v4 = IPV4.matcher(ip);
    if (!v4.matches()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(v4.group(i));
      if (octet > 255) {
        return Optional.empty();
      }
      text.append(i > 1 ? "." : "").append(octet);
    }
    return Optional.of(text.toString());
  }
}
