package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
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
 * The key a {@code configMapKeyRef} or {@code secretKeyRef} names is present and a valid key
 * ({@code ENV_KEYREF_KEY}).
 */
public final class EnvKeyRefKey implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_KEYREF_KEY",
          Severity.ERROR,
          "E. Environment variables",
          "configMapKeyRef.key and secretKeyRef.key are set and valid keys ([-._a-zA-Z0-9]+).",
          "The API server rejects a missing key (Required value) or a malformed one (Invalid value).",
          "Set key to the name of an entry in the ConfigMap or Secret.");

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
        check(env, "configMapKeyRef", configMap.getKey(), sink);
      }
      V1SecretKeySelector secret = from.getSecretKeyRef();
      if (secret != null) {
        check(env, "secretKeyRef", secret.getKey(), sink);
      }
    }
  }

  private static void check(EnvEntries.Env env, String field, String key, ViolationSink sink) {
    if (EnvEntries.isEmpty(key)) {
      sink.report(
          path(env, field),
          null,
          "key reference of env \"" + env.var().getName() + "\" has no key");
      return;
    }
    Optional<String> problem = KubeIdentifiers.configMapKey(key);
    if (problem.isPresent()) {
      sink.report(
          path(env, field),
          key,
          "key \"" + key + "\" of env \"" + env.var().getName() + "\" " + problem.get());
    }
  }

  /** The path of the {@code key} of an env entry's {@code valueFrom.<field>}. */
  private static FieldPath path(EnvEntries.Env env, String field) {
    return env.valueFromPath().child(field).child("key");
  }
}
