package dev.podwright.validation.rules.env;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVarSource;

/**
 * A {@code valueFrom} names exactly one source ({@code ENV_VALUEFROM_EXACTLY_ONE}); {@code
 * fileKeyRef} counts from 1.35 (EnvFiles).
 */
public final class EnvValueFromExactlyOne implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_VALUEFROM_EXACTLY_ONE",
          Severity.ERROR,
          "E. Environment variables",
          "An env valueFrom sets exactly one of fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef (fileKeyRef from 1.35).",
          "The API server rejects a valueFrom with no source or with several (Invalid value).",
          "Keep exactly one source in valueFrom; use separate env entries for separate values.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
