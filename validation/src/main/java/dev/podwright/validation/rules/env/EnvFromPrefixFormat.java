package dev.podwright.validation.rules.env;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Optional;

/**
 * An {@code envFrom} prefix is a valid env name for the target version ({@code
 * ENVFROM_PREFIX_FORMAT}).
 */
public final class EnvFromPrefixFormat implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENVFROM_PREFIX_FORMAT",
          Severity.ERROR,
          "E. Environment variables",
          "An envFrom prefix follows the env name rules of the target version.",
          "The API server rejects a prefix that is not a valid env name (Invalid value); relaxed names only from 1.32.",
          "Use a prefix of letters, digits and '_' such as APP_.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    boolean relaxed = EnvEntries.relaxed(context);
    for (EnvEntries.EnvFrom entry : EnvEntries.envFrom(context)) {
      String prefix = entry.source().getPrefix();
      if (EnvEntries.isEmpty(prefix)) {
        continue;
      }
      Optional<String> problem = KubeIdentifiers.envVarName(prefix, relaxed);
      if (problem.isPresent()) {
        sink.report(
            entry.path().child("prefix"),
            prefix,
            "envFrom prefix \""
                + prefix
                + "\" is invalid on Kubernetes "
                + context.version()
                + ": "
                + problem.get());
      }
    }
  }
}
