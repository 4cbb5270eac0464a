package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

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
    EnvEntries.forEachEnv(
        context,
        env -> {
          if (env.valueFrom() == null) {
            return;
          }
          if (env.valueFrom().getConfigMapKeyRef() != null) {
            check(
                env.valueFromPath().child("configMapKeyRef"),
                env.valueFrom().getConfigMapKeyRef().getKey(),
                env.var().getName(),
                sink);
          }
          if (env.valueFrom().getSecretKeyRef() != null) {
            check(
                env.valueFromPath().child("secretKeyRef"),
                env.valueFrom().getSecretKeyRef().getKey(),
                env.var().getName(),
                sink);
          }
        });
  }

  private static void check(FieldPath ref, String key, String envName, ViolationSink sink) {
    if (EnvEntries.isEmpty(key)) {
      sink.report(ref.child("key"), null, "key reference of env \"" + envName + "\" has no key");
      return;
    }
    KubeIdentifiers.configMapKey(key)
        .ifPresent(
            problem ->
                sink.report(
                    ref.child("key"),
                    key,
                    "key \"" + key + "\" of env \"" + envName + "\" " + problem));
  }
}
