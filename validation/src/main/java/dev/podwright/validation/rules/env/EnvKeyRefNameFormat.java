package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The object a {@code configMapKeyRef} or {@code secretKeyRef} names has a valid name ({@code
 * ENV_KEYREF_NAME_FORMAT}); an empty name is Invalid, not Required.
 */
public final class EnvKeyRefNameFormat implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_KEYREF_NAME_FORMAT",
          Severity.ERROR,
          "E. Environment variables",
          "configMapKeyRef.name and secretKeyRef.name are lowercase DNS-1123 subdomains.",
          "The API server rejects an empty or malformed ConfigMap/Secret name in an env key reference (Invalid value).",
          "Name the ConfigMap or Secret with lowercase letters, digits, '-' and '.' (e.g. app-config).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    EnvEntries.forEachEnv(
        context,
        env -> {
          if (env.valueFrom() == null) {
            return;
          }
          if (env.valueFrom().getConfigMapKeyRef() != null) {
            check(
                env.valueFromPath().child("configMapKeyRef"),
                "ConfigMap",
                env.valueFrom().getConfigMapKeyRef().getName(),
                env.var().getName(),
                sink);
          }
          if (env.valueFrom().getSecretKeyRef() != null) {
            check(
                env.valueFromPath().child("secretKeyRef"),
                "Secret",
                env.valueFrom().getSecretKeyRef().getName(),
                env.var().getName(),
                sink);
          }
        });
  }

  private static void check(
      FieldPath ref, String kind, String name, String envName, ViolationSink sink) {
    KubeIdentifiers.objectName(name)
        .ifPresent(
            problem ->
                sink.report(
                    ref.child("name"),
                    name,
                    kind
                        + " name \""
                        + (name == null ? "" : name)
                        + "\" of env \""
                        + envName
                        + "\" "
                        + problem));
  }
}
