package dev.podwright.validation.rules.env;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVarSource;

/**
 * An env entry may not set both a non-empty {@code value} and a {@code valueFrom} ({@code
 * ENV_VALUE_AND_VALUEFROM}).
 */
public final class EnvValueAndValueFrom implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_VALUE_AND_VALUEFROM",
          Severity.ERROR,
          "E. Environment variables",
          "An env entry sets a literal value or a valueFrom, not both.",
          "The API server rejects valueFrom when value is not empty (Invalid value).",
          "Remove either value or valueFrom from the env entry.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    boolean envFiles = context.version().isAtLeast(EnvEntries.ENV_FILES);
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      String value = env.var().getValue();
      V1EnvVarSource from = env.valueFrom();
      if (from == null || EnvEntries.isEmpty(value)) {
        continue;
      }
      if (EnvValueFromExactlyOne.sources(from, envFiles) > 0) {
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
}
