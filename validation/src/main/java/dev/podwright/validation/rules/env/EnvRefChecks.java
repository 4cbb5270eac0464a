package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import java.util.List;
import java.util.Optional;

/**
 * The checks behind {@link EnvRule} on the object references of env values: {@code ENV_FIELDREF},
 * {@code ENV_KEYREF_NAME_FORMAT}, {@code ENV_KEYREF_KEY}. Resource references are {@link
 * EnvResourceRefChecks}'; file references are {@link EnvFileRefChecks}'.
 */
final class EnvRefChecks {

  /** The field paths the API server exposes to env. */
  static final List<String> ENV_FIELDREF_SUPPORTED =
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

  private EnvRefChecks() {}

  /** Checks {@link EnvRule#ENV_FIELDREF}. */
  static void envFieldRef(PodSpecContext context, ViolationSink sink) {
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
            envFieldRefPath(env),
            null,
            "fieldRef of env \"" + env.var().getName() + "\" has no fieldPath");
        continue;
      }
      if (!EnvEntries.isEmpty(apiVersion) && !"v1".equals(apiVersion)) {
        sink.report(
            envFieldRefPath(env),
            fieldPath,
            "error converting fieldPath \""
                + fieldPath
                + "\": unsupported pod version \""
                + apiVersion
                + "\" (only v1)");
        continue;
      }
      String problem = envFieldRefProblem(fieldPath);
      if (problem != null) {
        sink.report(
            envFieldRefPath(env),
            fieldPath,
            "fieldRef \"" + fieldPath + "\" of env \"" + env.var().getName() + "\" " + problem);
      }
    }
  }

  /** Checks {@link EnvRule#ENV_KEYREF_NAME_FORMAT}. */
  static void envKeyRefNameFormat(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      if (from == null) {
        continue;
      }
      V1ConfigMapKeySelector configMap = from.getConfigMapKeyRef();
      if (configMap != null) {
        envKeyRefNameFormatCheck(env, "configMapKeyRef", "ConfigMap", configMap.getName(), sink);
      }
      V1SecretKeySelector secret = from.getSecretKeyRef();
      if (secret != null) {
        envKeyRefNameFormatCheck(env, "secretKeyRef", "Secret", secret.getName(), sink);
      }
    }
  }

  /** Checks {@link EnvRule#ENV_KEYREF_KEY}. */
  static void envKeyRefKey(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      if (from == null) {
        continue;
      }
      V1ConfigMapKeySelector configMap = from.getConfigMapKeyRef();
      if (configMap != null) {
        envKeyRefKeyCheck(env, "configMapKeyRef", configMap.getKey(), sink);
      }
      V1SecretKeySelector secret = from.getSecretKeyRef();
      if (secret != null) {
        envKeyRefKeyCheck(env, "secretKeyRef", secret.getKey(), sink);
      }
    }
  }

  private static FieldPath envFieldRefPath(EnvEntries.Env env) {
    return env.valueFromPath().child("fieldRef").child("fieldPath");
  }

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
  private static String envFieldRefProblem(String fieldPath) {
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
    if (ENV_FIELDREF_SUPPORTED.contains(fieldPath)) {
      return null;
    }
    return "is not supported for env; supported: "
        + String.join(", ", ENV_FIELDREF_SUPPORTED)
        + ", metadata.labels['KEY'], metadata.annotations['KEY']";
  }

  private static void envKeyRefNameFormatCheck(
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

  private static void envKeyRefKeyCheck(
      EnvEntries.Env env, String field, String key, ViolationSink sink) {
    if (EnvEntries.isEmpty(key)) {
      sink.report(
          envKeyRefKeyPath(env, field),
          null,
          "key reference of env \"" + env.var().getName() + "\" has no key");
      return;
    }
    Optional<String> problem = KubeIdentifiers.configMapKey(key);
    if (problem.isPresent()) {
      sink.report(
          envKeyRefKeyPath(env, field),
          key,
          "key \"" + key + "\" of env \"" + env.var().getName() + "\" " + problem.get());
    }
  }

  /** The path of the {@code key} of an env entry's {@code valueFrom.<field>}. */
  private static FieldPath envKeyRefKeyPath(EnvEntries.Env env, String field) {
    return env.valueFromPath().child(field).child("key");
  }
}
