package dev.podwright.validation.rules.containers;

import dev.podwright.kubernetes.KubernetesVersion;

/** The Kubernetes version gates the container rules depend on. */
final class ContainerGates {

  /**
   * The {@code SidecarContainers} gate appeared (alpha, off) in 1.28; before it the container
   * {@code restartPolicy} field did not exist.
   */
  static final KubernetesVersion RESTART_POLICY_FIELD = KubernetesVersion.of(1, 28);

  /** The {@code ContainerRestartRules} gate exists (alpha, off: non-sidecar uses are dropped). */
  static final KubernetesVersion RESTART_RULES_ALPHA = KubernetesVersion.of(1, 34);

  /** The {@code ContainerRestartRules} gate is on by default (beta). */
  static final KubernetesVersion RESTART_RULES_BETA = KubernetesVersion.of(1, 35);

  /**
   * The {@code RestartAllContainersOnContainerExits} gate is on by default (beta): the {@code
   * RestartAllContainers} action, and restart rules on native sidecars, are accepted.
   */
  static final KubernetesVersion RESTART_ALL_CONTAINERS_BETA = KubernetesVersion.of(1, 36);

  private ContainerGates() {}

  /** True when restart rules reach validation (not dropped) in this version. */
  static boolean restartRulesValidated(KubernetesVersion version) {
    return version.isAtLeast(RESTART_RULES_BETA);
  }
}
