package dev.podwright.validation.rules.containers;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * {@code restartPolicy} on a regular container ({@code CONTAINER_RESTARTPOLICY_ON_REGULAR}).
 *
 * <p>By version: from 1.28 (when the field appeared) to 1.33 it is forbidden; in 1.34 the {@code
 * ContainerRestartRules} gate is off by default and the field is silently dropped (not an error
 * here); from 1.35 it must be {@code Always}, {@code OnFailure} or {@code Never}.
 */
public final class ContainerRestartPolicyOnRegular implements PodSpecRule {

  static final List<String> SUPPORTED = List.of("Always", "Never", "OnFailure");

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_RESTARTPOLICY_ON_REGULAR",
          Severity.ERROR,
          ContainerRules.SECTION,
          "A regular container sets no restartPolicy (before 1.34), or only Always, OnFailure or"
              + " Never (1.35 and later, ContainerRestartRules).",
          "Before 1.34 the API server rejects restartPolicy on non-init containers (Forbidden);"
              + " from 1.35 it rejects values outside the enum (Unsupported value).",
          "Remove restartPolicy from the container (the pod's spec.restartPolicy applies), or, to"
              + " make a native sidecar, move it to initContainers with restartPolicy: Always.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    KubernetesVersion version = context.version();
    if (!version.isAtLeast(ContainerRules.RESTART_POLICY_FIELD)) {
      return;
    }
    boolean enumMode = version.isAtLeast(ContainerRules.RESTART_RULES_BETA);
    boolean dropped = !enumMode && version.isAtLeast(ContainerRules.RESTART_RULES_ALPHA);
    if (dropped) {
      return;
    }
    for (ContainerRef ref : context.containers(ContainerType.CONTAINER)) {
      String policy = ref.container().getRestartPolicy();
      if (policy == null) {
        continue;
      }
      if (!enumMode) {
        sink.report(
            ref.path().child("restartPolicy"),
            policy,
            "Forbidden: may not be set for non-init containers (Kubernetes "
                + version
                + "); container \""
                + ref.displayName()
                + "\" sets restartPolicy \""
                + policy
                + "\".");
      } else if (!SUPPORTED.contains(policy)) {
        sink.report(
            ref.path().child("restartPolicy"),
            policy,
            "Unsupported value: \""
                + policy
                + "\": supported values: "
                + ContainerPullPolicyEnum.quoted(SUPPORTED)
                + ".");
      }
    }
  }
}
