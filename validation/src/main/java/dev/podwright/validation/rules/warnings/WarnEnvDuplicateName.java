package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A repeated env name that hides the earlier definition ({@code W_ENV_DUPLICATE_NAME}): the later
 * entry is a {@code valueFrom}, is {@code X=$(X)}, or does not reference {@code $(X)}. Server-side
 * apply may drop one of them.
 */
public final class WarnEnvDuplicateName implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_ENV_DUPLICATE_NAME",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "An env name is not repeated in a way that hides the earlier definition.",
          "The API server warns: the later entry wins at run time, and server-side apply keys env by name so one of them may be dropped.",
          "Keep one env entry per name; to extend a value use X=$(X)suffix in a single later entry, or rename one.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<V1EnvVar> env = ref.container().getEnv();
      if (env == null || env.size() < 2) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < env.size(); i++) {
        V1EnvVar var = env.get(i);
        if (var == null) {
          continue;
        }
        String name = var.getName() == null ? "" : var.getName();
        if (seen.add(name)) {
          continue;
        }
        String value = var.getValue() == null ? "" : var.getValue();
        String reference = "$(" + name + ")";
        boolean hides =
            var.getValueFrom() != null || value.equals(reference) || !value.contains(reference);
        if (hides) {
          sink.report(
              ref.path().child("env").index(i),
              name,
              "env entry "
                  + i
                  + " of container \""
                  + ref.displayName()
                  + "\" hides previous definition of \""
                  + name
                  + "\", which may be dropped when using apply");
        }
      }
    }
  }
}
