package dev.podwright.validation.rules.env;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import java.util.Optional;

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
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      if (from == null) {
        continue;
      }
      V1ConfigMapKeySelector configMap = from.getConfigMapKeyRef();
      if (configMap != null) {
        check(env, "configMapKeyRef", "ConfigMap", configMap.getName(), sink);
      }
      V1SecretKeySelector secret = from.getSecretKeyRef();
      if (secret != null) {
        check(env, "secretKeyRef", "Secret", secret.getName(), sink);
      }
    }
  }

  private static void check(
      EnvEntries.Env env, String field, String kind, String name, ViolationSink sink) {
    Optional<String> problem = KubeIdentifiers.objectName(name);
    if (problem.isPresent()) {
      sink.report(
          env.valueFromPath().child(field).child("name"),
          name,
          kind
              + " name \""
              + (name == null ? "" : name)
              + "\" of env \""
              + env.var().getName()
              + "\" "
              + problem.get());
    }
  }
}
