package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The ConfigMap or Secret an {@code envFrom} entry names has a valid name ({@code
 * ENVFROM_REF_NAME}); a trailing {@code -} is tolerated, as the API server validates these names in
 * generate-name mode.
 */
public final class EnvFromRefName implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENVFROM_REF_NAME",
          Severity.ERROR,
          "E. Environment variables",
          "envFrom configMapRef.name and secretRef.name are set and lowercase DNS-1123 subdomains.",
          "The API server rejects a missing (Required value) or malformed (Invalid value) name.",
          "Name the ConfigMap or Secret with lowercase letters, digits, '-' and '.'.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    EnvEntries.forEachEnvFrom(
        context,
        entry -> {
          if (entry.source().getConfigMapRef() != null) {
            check(
                entry.path().child("configMapRef"),
                "ConfigMap",
                entry.source().getConfigMapRef().getName(),
                sink);
          }
          if (entry.source().getSecretRef() != null) {
            check(
                entry.path().child("secretRef"),
                "Secret",
                entry.source().getSecretRef().getName(),
                sink);
          }
        });
  }

  private static void check(FieldPath ref, String kind, String name, ViolationSink sink) {
    if (EnvEntries.isEmpty(name)) {
      sink.report(ref.child("name"), null, "envFrom " + kind + " reference has no name");
      return;
    }
    String masked = name.endsWith("-") ? name.substring(0, name.length() - 1) + "a" : name;
    KubeIdentifiers.objectName(masked)
        .ifPresent(
            problem ->
                sink.report(
                    ref.child("name"),
                    name,
                    "envFrom " + kind + " name \"" + name + "\" " + problem));
  }
}
