package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1HostAlias;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code hostAliases} entries do not repeat an ip ({@code W_HOSTALIAS_DUP_IP}). */
public final class WarnHostAliasDupIp implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_HOSTALIAS_DUP_IP",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "hostAliases entries do not repeat an ip.",
          "The API server warns: server-side apply keys hostAliases by ip, so one entry may be dropped.",
          "Merge the hostnames of entries with the same ip into one entry.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    List<V1HostAlias> aliases = context.spec().getHostAliases();
    if (aliases == null || aliases.size() < 2) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < aliases.size(); i++) {
      V1HostAlias alias = aliases.get(i);
      if (alias == null) {
        continue;
      }
      String ip = alias.getIp() == null ? "" : alias.getIp();
      if (!seen.add(ip)) {
        sink.report(
            context.root().child("hostAliases").index(i).child("ip"),
            ip,
            "duplicate ip \"" + ip + "\"");
      }
    }
  }
}
