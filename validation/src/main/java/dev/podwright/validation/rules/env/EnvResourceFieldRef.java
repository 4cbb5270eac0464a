package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import java.util.List;

/**
 * A {@code resourceFieldRef} in env names a container resource the downward API can expose ({@code
 * ENV_RESOURCEFIELDREF}).
 */
public final class EnvResourceFieldRef implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_RESOURCEFIELDREF",
          Severity.ERROR,
          "E. Environment variables",
          "An env resourceFieldRef names limits/requests of cpu, memory, ephemeral-storage or hugepages-<size>.",
          "The API server rejects a missing (Required) or unknown (Unsupported value) resource.",
          "Use e.g. limits.cpu, requests.memory or limits.ephemeral-storage as the resource.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1ResourceFieldSelector ref = from == null ? null : from.getResourceFieldRef();
      if (ref == null) {
        continue;
      }
      String resource = ref.getResource();
      if (EnvEntries.isEmpty(resource)) {
        sink.report(
            path(env),
            null,
            "resourceFieldRef of env \"" + env.var().getName() + "\" names no resource");
      } else if (!isSupported(resource)) {
        sink.report(
            path(env),
            resource,
            "resource \""
                + resource
                + "\" of env \""
                + env.var().getName()
                + "\" is not supported; supported: "
                + String.join(", ", SUPPORTED)
                + ", limits.hugepages-<size>, requests.hugepages-<size>");
      }
    }
  }

  private static FieldPath path(EnvEntries.Env env) {
    return env.valueFromPath().child("resourceFieldRef").child("resource");
  }

  static final List<String> SUPPORTED =
      List.of(
          "limits.cpu",
          "limits.memory",
          "limits.ephemeral-storage",
          "requests.cpu",
          "requests.memory",
          "requests.ephemeral-storage");

  static boolean isSupported(String resource) {
    return SUPPORTED.contains(resource)
        || resource.startsWith("limits.hugepages-")
        || resource.startsWith("requests.hugepages-");
  }
}
