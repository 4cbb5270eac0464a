package dev.podwright.validation.rules.env;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Every {@code envFrom} entry sets exactly one of {@code configMapRef} and {@code secretRef}
 * ({@code ENVFROM_EXACTLY_ONE}). Like the API server, reports at the list path {@code ...envFrom},
 * not the entry.
 */
public final class EnvFromExactlyOne implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENVFROM_EXACTLY_ONE",
          Severity.ERROR,
          "E. Environment variables",
          "Each envFrom entry sets exactly one of configMapRef and secretRef.",
          "The API server rejects an envFrom entry with no source or both (Invalid value, reported at ...envFrom).",
          "Split the entry in two, one for the ConfigMap and one for the Secret, or add the missing reference.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.EnvFrom entry : EnvEntries.envFrom(context)) {
      int sources =
          (entry.source().getConfigMapRef() != null ? 1 : 0)
              + (entry.source().getSecretRef() != null ? 1 : 0);
      if (sources == 0) {
        sink.report(
            entry.listPath(),
            null,
            "envFrom entry "
                + entry.index()
                + " of container \""
                + entry.container().displayName()
                + "\" must specify one of: `configMapRef` or `secretRef`");
      } else if (sources > 1) {
        sink.report(
            entry.listPath(),
            null,
            "envFrom entry "
                + entry.index()
                + " of container \""
                + entry.container().displayName()
                + "\" sets both configMapRef and secretRef; it may not have more than one"
                + " field specified at a time");
      }
    }
  }
}
