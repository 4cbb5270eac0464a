package dev.podwright.validation.rules.env;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import java.util.Optional;

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
    for (EnvEntries.EnvFrom entry : EnvEntries.envFrom(context)) {
      V1ConfigMapEnvSource configMap = entry.source().getConfigMapRef();
      if (configMap != null) {
        check(entry, "configMapRef", "ConfigMap", configMap.getName(), sink);
      }
      V1SecretEnvSource secret = entry.source().getSecretRef();
      if (secret != null) {
        check(entry, "secretRef", "Secret", secret.getName(), sink);
      }
    }
  }

  private static void check(
      EnvEntries.EnvFrom entry, String field, String kind, String name, ViolationSink sink) {
    if (EnvEntries.isEmpty(name)) {
      sink.report(
          entry.path().child(field).child("name"),
          null,
          "envFrom " + kind + " reference has no name");
      return;
    }
    String masked = name.endsWith("-") ? name.substring(0, name.length() - 1) + "a" : name;
    Optional<String> problem = KubeIdentifiers.objectName(masked);
    if (problem.isPresent()) {
      sink.report(
          entry.path().child(field).child("name"),
          name,
          "envFrom " + kind + " name \"" + name + "\" " + problem.get());
    }
  }
}
