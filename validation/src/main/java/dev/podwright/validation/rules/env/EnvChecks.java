package dev.podwright.validation.rules.env;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import java.util.Optional;

/**
 * The checks behind {@link EnvRule}, one static method per rule, and their helpers: {@code
 * ENV_NAME_REQUIRED}, {@code ENV_NAME_FORMAT}, {@code ENV_VALUEFROM_EXACTLY_ONE}, {@code
 * ENV_VALUE_AND_VALUEFROM}, {@code ENVFROM_EXACTLY_ONE}, {@code ENVFROM_PREFIX_FORMAT}, {@code
 * ENVFROM_REF_NAME}.
 */
final class EnvChecks {

  private EnvChecks() {}

  /** Checks {@link EnvRule#ENV_NAME_REQUIRED}. */
  static void envNameRequired(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      if (EnvEntries.isEmpty(env.var().getName())) {
        sink.report(
            env.path().child("name"),
            null,
            "env entry "
                + env.index()
                + " of container \""
                + env.container().displayName()
                + "\" has no name");
      }
    }
  }

  /** Checks {@link EnvRule#ENV_NAME_FORMAT}. */
  static void envNameFormat(PodSpecContext context, ViolationSink sink) {
    boolean relaxed = EnvEntries.relaxed(context);
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      String name = env.var().getName();
      if (EnvEntries.isEmpty(name)) {
        continue;
      }
      Optional<String> problem = KubeIdentifiers.envVarName(name, relaxed);
      if (problem.isPresent()) {
        sink.report(
            env.path().child("name"),
            name,
            "env name \""
                + name
                + "\" is invalid on Kubernetes "
                + context.version()
                + ": "
                + problem.get()
                + (relaxed
                    ? ""
                    : " (names are relaxed from " + KubernetesVersion.RELAXED_ENV_VAR_NAMES + ")"));
      }
    }
  }

  /** Checks {@link EnvRule#ENV_VALUEFROM_EXACTLY_ONE}. */
  static void envValueFromExactlyOne(PodSpecContext context, ViolationSink sink) {
    boolean envFiles = context.version().isAtLeast(EnvEntries.ENV_FILES);
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      if (from == null) {
        continue;
      }
      int sources = sources(from, envFiles);
      if (sources == 0) {
        String message =
            "valueFrom of env \""
                + env.var().getName()
                + "\" must specify one of: `fieldRef`, "
                + "`resourceFieldRef`, `configMapKeyRef`, `secretKeyRef`"
                + (envFiles ? " or `fileKeyRef`" : "");
        if (from.getFileKeyRef() != null && !envFiles) {
          message +=
              "; fileKeyRef is only available from Kubernetes "
                  + EnvEntries.ENV_FILES
                  + " and is dropped on "
                  + context.version();
        }
        sink.report(env.valueFromPath(), null, message);
      } else if (sources > 1 && EnvEntries.isEmpty(env.var().getValue())) {
        sink.report(
            env.valueFromPath(),
            sources,
            "valueFrom of env \""
                + env.var().getName()
                + "\" sets "
                + sources
                + " sources; it may not have more than one field specified at a time");
      }
    }
  }

  /** Checks {@link EnvRule#ENV_VALUE_AND_VALUEFROM}. */
  static void envValueAndValueFrom(PodSpecContext context, ViolationSink sink) {
    boolean envFiles = context.version().isAtLeast(EnvEntries.ENV_FILES);
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      String value = env.var().getValue();
      V1EnvVarSource from = env.valueFrom();
      if (from == null || EnvEntries.isEmpty(value)) {
        continue;
      }
      if (EnvChecks.sources(from, envFiles) > 0) {
        sink.report(
            env.valueFromPath(),
            null,
            "env \""
                + env.var().getName()
                + "\" sets value \""
                + value
                + "\" and valueFrom; valueFrom may not be specified when `value` is not empty");
      }
    }
  }

  /** Checks {@link EnvRule#ENVFROM_EXACTLY_ONE}. */
  static void envFromExactlyOne(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link EnvRule#ENVFROM_PREFIX_FORMAT}. */
  static void envFromPrefixFormat(PodSpecContext context, ViolationSink sink) {
    boolean relaxed = EnvEntries.relaxed(context);
    for (EnvEntries.EnvFrom entry : EnvEntries.envFrom(context)) {
      String prefix = entry.source().getPrefix();
      if (EnvEntries.isEmpty(prefix)) {
        continue;
      }
      Optional<String> problem = KubeIdentifiers.envVarName(prefix, relaxed);
      if (problem.isPresent()) {
        sink.report(
            entry.path().child("prefix"),
            prefix,
            "envFrom prefix \""
                + prefix
                + "\" is invalid on Kubernetes "
                + context.version()
                + ": "
                + problem.get());
      }
    }
  }

  /** Checks {@link EnvRule#ENVFROM_REF_NAME}. */
  static void envFromRefName(PodSpecContext context, ViolationSink sink) {
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

  static int sources(V1EnvVarSource from, boolean envFiles) {
    int count = 0;
    if (from.getFieldRef() != null) {
      count++;
    }
    if (from.getResourceFieldRef() != null) {
      count++;
    }
    if (from.getConfigMapKeyRef() != null) {
      count++;
    }
    if (from.getSecretKeyRef() != null) {
      count++;
    }
    if (envFiles && from.getFileKeyRef() != null) {
      count++;
    }
    return count;
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
