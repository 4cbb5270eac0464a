package dev.podwright.validation.rules.containers;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A native sidecar (init container with {@code restartPolicy: Always}) sets no {@code
 * restartPolicyRules} ({@code RESTART_RULES_ON_SIDECAR}) in 1.35; from 1.36 the {@code
 * RestartAllContainersOnContainerExits} gate is on by default and allows them.
 */
public final class RestartRulesOnSidecar implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RESTART_RULES_ON_SIDECAR",
          Severity.ERROR,
          ContainerRules.SECTION,
          "Native sidecars set no restartPolicyRules on Kubernetes 1.35.",
          "The 1.35 API server rejects them (Forbidden: restartPolicyRules are not allowed for init"
              + " containers with restart policy Always).",
          "Remove restartPolicyRules from the sidecar (it is always restarted), or target"
              + " Kubernetes 1.36 or later.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    KubernetesVersion version = context.version();
    if (!ContainerRules.restartRulesValidated(version)
        || version.isAtLeast(ContainerRules.RESTART_ALL_CONTAINERS_BETA)) {
      return;
    }
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      var rules = ref.container().getRestartPolicyRules();
      if (ref.isNativeSidecar() && rules != null && !rules.isEmpty()) {
        sink.report(
            ref.path().child("restartPolicyRules"),
            null,
            "Forbidden: restartPolicyRules are not allowed for init containers with restart policy"
                + " Always (Kubernetes "
                + version
                + "); sidecar \""
                + ref.displayName()
                + "\" sets "
                + rules.size()
                + ".");
      }
    }
  }
}
