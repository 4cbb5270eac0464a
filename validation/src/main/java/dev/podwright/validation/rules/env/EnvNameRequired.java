package dev.podwright.validation.rules.env;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** Every {@code env} entry needs a name ({@code ENV_NAME_REQUIRED}). */
public final class EnvNameRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_NAME_REQUIRED",
          Severity.ERROR,
          "E. Environment variables",
          "Every env entry has a name.",
          "The API server rejects an env entry without a name (Required value).",
          "Give the env entry a name.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
