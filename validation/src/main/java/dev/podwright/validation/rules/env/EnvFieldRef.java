package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import java.util.List;
import java.util.Optional;

/**
 * A downward-API {@code fieldRef} in env names a field the API server can expose to env ({@code
 * ENV_FIELDREF}).
 */
public final class EnvFieldRef implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_FIELDREF",
          Severity.ERROR,
          "E. Environment variables",
          "An env fieldRef names a supported pod field (metadata.name, status.podIP, metadata.labels['k'], ...).",
          "The API server rejects unsupported or malformed fieldRef paths (Required, Invalid or Unsupported value).",
          "Use one of the supported field paths, e.g. metadata.name, metadata.namespace, spec.nodeName, status.podIP, or metadata.labels['key'].");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1ObjectFieldSelector ref = from == null ? null : from.getFieldRef();
      if (ref == null) {
        continue;
      }
      String fieldPath = ref.getFieldPath();
      String apiVersion = ref.getApiVersion();
      if (EnvEntries.isEmpty(fieldPath)) {
        sink.report(
            path(env), null, "fieldRef of env \"" + env.var().getName() + "\" has no fieldPath");
        continue;
      }
      if (!EnvEntries.isEmpty(apiVersion) && !"v1".equals(apiVersion)) {
        sink.report(
            path(env),
            fieldPath,
            "error converting fieldPath \""
                + fieldPath
                + "\": unsupported pod version \""
                + apiVersion
                + "\" (only v1)");
        continue;
      }
      String problem = problem(fieldPath);
      if (problem != null) {
        sink.report(
            path(env),
            fieldPath,
            "fieldRef \"" + fieldPath + "\" of env \"" + env.var().getName() + "\" " + problem);
      }
    }
  }

  private static FieldPath path(EnvEntries.Env env) {
    return env.valueFromPath().child("fieldRef").child("fieldPath");
  }

  /** The field paths the API server exposes to env. */
  static final List<String> SUPPORTED =
      List.of(
          "metadata.name",
          "metadata.namespace",
          "metadata.uid",
          "spec.nodeName",
          "spec.serviceAccountName",
          "status.hostIP",
          "status.hostIPs",
          "status.podIP",
          "status.podIPs");

  /**
   * Splits {@code base['key']} into base and key, or null when the path has another shape: the base
   * is at least one character without brackets, the key has no line terminator (the expression
   * {@code ([^\[\]]+)\['(.*)'\]} without a regex, so a fresh JVM compiles none).
   */
  static String[] subscript(String fieldPath) {
    int open = fieldPath.indexOf('[');
    if (open <= 0
        || fieldPath.lastIndexOf(']', open) >= 0
        || !fieldPath.startsWith("'", open + 1)
        || fieldPath.length() < open + 4
        || !fieldPath.endsWith("']")) {
      return null;
    }
    String key = fieldPath.substring(open + 2, fieldPath.length() - 2);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return null;
      }
    }
    return new String[] {fieldPath.substring(0, open), key};
  }

  /** What is wrong with a field path, or null. */
  private static String problem(String fieldPath) {
    String[] subscripted = subscript(fieldPath);
    if (subscripted != null) {
      String base = subscripted[0];
      String key = subscripted[1];
      if (base.equals("metadata.labels") || base.equals("metadata.annotations")) {
        String checked =
            base.equals("metadata.annotations") ? key.toLowerCase(java.util.Locale.ROOT) : key;
        Optional<String> problem = KubeIdentifiers.qualifiedName(checked);
        return problem.isPresent() ? "has an invalid key \"" + key + "\": " + problem.get() : null;
      }
      return "does not support subscript: only metadata.labels and metadata.annotations do";
    }
    if (SUPPORTED.contains(fieldPath)) {
      return null;
    }
    return "is not supported for env; supported: "
        + String.join(", ", SUPPORTED)
        + ", metadata.labels['KEY'], metadata.annotations['KEY']";
  }
}
