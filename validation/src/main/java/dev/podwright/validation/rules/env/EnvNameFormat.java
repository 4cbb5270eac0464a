package dev.podwright.validation.rules.env;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Optional;

/**
 * Env names must be valid: C-identifier-like before Kubernetes 1.32, any printable ASCII but {@code
 * =} from 1.32 ({@code ENV_NAME_FORMAT}).
 */
public final class EnvNameFormat implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_NAME_FORMAT",
          Severity.ERROR,
          "E. Environment variables",
          "Env names follow the rules of the target version: [-._a-zA-Z][-._a-zA-Z0-9]* before 1.32, printable ASCII without '=' from 1.32.",
          "The API server rejects an invalid env name (Invalid value); relaxed names are only accepted from 1.32 (RelaxedEnvironmentVariableValidation).",
          "Rename the variable to letters, digits and '_' (start with a letter or '_'), which every version and every shell accepts.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
