package dev.podwright.validation.rules.containers;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for containers, init containers and native sidecars: one constant per rule,
 * named by its rule id, in catalog order. Hosts pick rules by constant, e.g. {@code
 * ContainerRule.POD_CONTAINERS_REQUIRED}.
 */
public enum ContainerRule implements PodSpecRule {
  /**
   * A pod has at least one regular container ({@code POD_CONTAINERS_REQUIRED}); init containers and
   * native sidecars do not count.
   */
  POD_CONTAINERS_REQUIRED(
      Severity.ERROR,
      Section.CONTAINERS,
      "spec.containers holds at least one container.",
      "The API server rejects a pod without regular containers (Required value), even when it"
          + " has init containers or native sidecars.",
      "Add the main application container to spec.containers."),

  /** Every container and init container names an image ({@code CONTAINER_IMAGE_REQUIRED}). */
  CONTAINER_IMAGE_REQUIRED(
      Severity.ERROR,
      Section.CONTAINERS,
      "Every container and init container has a non-empty image.",
      "The API server rejects a container without an image (Required value), for pods and pod"
          + " templates alike.",
      "Set the image, pinned to a tag or digest, e.g. \"busybox:1.36\"."),

  /**
   * An image has no leading or trailing whitespace ({@code CONTAINER_IMAGE_WHITESPACE}). The API
   * server checks this for Pods only; a template with such an image is accepted, but every Pod made
   * from it is rejected, so it is reported for templates too.
   */
  CONTAINER_IMAGE_WHITESPACE(
      Severity.ERROR,
      Section.CONTAINERS,
      "Container images have no leading or trailing whitespace.",
      "The API server rejects such a Pod (Invalid value); for a workload template the"
          + " controller's Pod creations fail instead.",
      "Trim the image reference."),

  /**
   * {@code imagePullPolicy} is {@code Always}, {@code IfNotPresent} or {@code Never} ({@code
   * CONTAINER_PULL_POLICY_ENUM}). Unset or empty is defaulted by the API server, so it is fine.
   */
  CONTAINER_PULL_POLICY_ENUM(
      Severity.ERROR,
      Section.CONTAINERS,
      "imagePullPolicy, when set, is one of Always, IfNotPresent, Never.",
      "The API server rejects any other value (Unsupported value); values are case-sensitive.",
      "Use Always, IfNotPresent or Never (exact case), or leave it unset for the default."),

  /**
   * {@code terminationMessagePolicy} is {@code File} or {@code FallbackToLogsOnError} ({@code
   * CONTAINER_TERMINATION_MSG_POLICY_ENUM}). Unset or empty is defaulted to {@code File}.
   */
  CONTAINER_TERMINATION_MSG_POLICY_ENUM(
      Severity.ERROR,
      Section.CONTAINERS,
      "terminationMessagePolicy, when set, is File or FallbackToLogsOnError.",
      "The API server rejects any other value (Unsupported value).",
      "Use File or FallbackToLogsOnError (exact case), or leave it unset for File."),

  /**
   * {@code restartPolicy} on a regular container ({@code CONTAINER_RESTARTPOLICY_ON_REGULAR}).
   *
   * <p>By version: from 1.28 (when the field appeared) to 1.33 it is forbidden; in 1.34 the {@code
   * ContainerRestartRules} gate is off by default and the field is silently dropped (not an error
   * here); from 1.35 it must be {@code Always}, {@code OnFailure} or {@code Never}.
   */
  CONTAINER_RESTARTPOLICY_ON_REGULAR(
      Severity.ERROR,
      Section.CONTAINERS,
      "A regular container sets no restartPolicy (before 1.34), or only Always, OnFailure or"
          + " Never (1.35 and later, ContainerRestartRules).",
      "Before 1.34 the API server rejects restartPolicy on non-init containers (Forbidden);"
          + " from 1.35 it rejects values outside the enum (Unsupported value).",
      "Remove restartPolicy from the container (the pod's spec.restartPolicy applies), or, to"
          + " make a native sidecar, move it to initContainers with restartPolicy: Always."),

  /**
   * An init container's {@code restartPolicy} ({@code SIDECAR_RESTARTPOLICY_VALUE}).
   *
   * <p>By version: before 1.29 the {@code SidecarContainers} gate is off by default and the field
   * is silently dropped (a runtime hazard, not an error); from 1.29 to 1.33 only {@code Always} is
   * accepted; in 1.34 values other than {@code Always} are dropped; from 1.35 ({@code
   * ContainerRestartRules}) {@code Always}, {@code OnFailure} and {@code Never} are accepted.
   */
  SIDECAR_RESTARTPOLICY_VALUE(
      Severity.ERROR,
      Section.CONTAINERS,
      "An init container's restartPolicy, when set, is Always (a native sidecar); from 1.35"
          + " also OnFailure or Never.",
      "The API server rejects any other value (Unsupported value).",
      "Set restartPolicy: Always to make the init container a native sidecar, or remove the"
          + " field for a run-to-completion init container."),

  /**
   * A native sidecar on a Kubernetes version without native sidecars ({@code
   * SIDECAR_FIELD_SILENTLY_DROPPED}). Before 1.29 the {@code SidecarContainers} gate is off by
   * default (1.28) or absent, and the API server silently drops {@code restartPolicy: Always}: the
   * sidecar becomes a run-to-completion init container that never completes, and the pod never
   * starts. The API server accepts the spec, but it can never work, so this is an error.
   */
  SIDECAR_FIELD_SILENTLY_DROPPED(
      Severity.ERROR,
      Section.CONTAINERS,
      "Native sidecars (init containers with restartPolicy: Always) target Kubernetes 1.29 or"
          + " later.",
      "Before 1.29 the API server silently drops restartPolicy: Always; the long-running"
          + " sidecar then blocks as an init container and the pod stays in Init forever.",
      "Target Kubernetes 1.29 or later, or run the sidecar as a regular container in"
          + " spec.containers on older clusters."),

  /**
   * Liveness, readiness and startup probes only on restartable init containers (native sidecars)
   * ({@code INIT_PROBES_ONLY_FOR_SIDECARS}). Before 1.29 the {@code restartPolicy: Always} of a
   * would-be sidecar is dropped, so its probes are rejected too.
   */
  INIT_PROBES_ONLY_FOR_SIDECARS(
      Severity.ERROR,
      Section.CONTAINERS,
      "Init containers set livenessProbe, readinessProbe or startupProbe only when they are"
          + " native sidecars (restartPolicy: Always, Kubernetes 1.29 and later).",
      "The API server rejects probes on a run-to-completion init container (Forbidden: may not"
          + " be set for init containers without restartPolicy=Always).",
      "Remove the probes, or make the init container a native sidecar with restartPolicy:"
          + " Always on Kubernetes 1.29 or later."),

  /**
   * Lifecycle hooks only on restartable init containers (native sidecars) ({@code
   * INIT_LIFECYCLE_ONLY_FOR_SIDECARS}).
   */
  INIT_LIFECYCLE_ONLY_FOR_SIDECARS(
      Severity.ERROR,
      Section.CONTAINERS,
      "Init containers set lifecycle only when they are native sidecars (restartPolicy:"
          + " Always, Kubernetes 1.29 and later).",
      "The API server rejects lifecycle hooks on a run-to-completion init container"
          + " (Forbidden: may not be set for init containers without restartPolicy=Always).",
      "Remove the lifecycle hooks, or make the init container a native sidecar with"
          + " restartPolicy: Always on Kubernetes 1.29 or later."),

  /**
   * A container with {@code restartPolicyRules} sets its own {@code restartPolicy} ({@code
   * RESTART_RULES_NEED_POLICY}). Checked from 1.35, when {@code ContainerRestartRules} is on by
   * default; before, the rules are dropped.
   */
  RESTART_RULES_NEED_POLICY(
      Severity.ERROR,
      Section.CONTAINERS,
      "A container or init container that sets restartPolicyRules also sets restartPolicy.",
      "The API server rejects restart rules without a container restartPolicy (Required value:"
          + " must specify restartPolicy when restart rules are used); the pod's policy is not"
          + " inherited.",
      "Set the container's restartPolicy (e.g. Never) next to its restartPolicyRules."),

  /**
   * At most 20 restart rules per container and 255 exit codes per rule ({@code
   * RESTART_RULES_LIMITS}). Checked from 1.35 and only when the container sets {@code
   * restartPolicy}.
   */
  RESTART_RULES_LIMITS(
      Severity.ERROR,
      Section.CONTAINERS,
      "A container has at most 20 restartPolicyRules, each with at most 255 exit codes.",
      "The API server rejects longer lists (Too many).",
      "Merge rules: one rule with operator In can list several exit codes."),

  /**
   * Each restart rule has a known action and an {@code exitCodes} with operator {@code In} or
   * {@code NotIn} ({@code RESTART_RULES_FIELDS}). Checked from 1.35 and only when the container
   * sets {@code restartPolicy} (otherwise {@code RESTART_RULES_NEED_POLICY} applies). {@code
   * RestartAllContainers} is accepted from 1.36.
   */
  RESTART_RULES_FIELDS(
      Severity.ERROR,
      Section.CONTAINERS,
      "Each restart rule has action Restart (or RestartAllContainers from 1.36) and exitCodes"
          + " with operator In or NotIn.",
      "The API server rejects unknown actions and operators (Unsupported value) and a missing"
          + " exitCodes (Required value).",
      "Write each rule as {action: Restart, exitCodes: {operator: In, values: [42]}}."),

  /**
   * A native sidecar (init container with {@code restartPolicy: Always}) sets no {@code
   * restartPolicyRules} ({@code RESTART_RULES_ON_SIDECAR}) in 1.35; from 1.36 the {@code
   * RestartAllContainersOnContainerExits} gate is on by default and allows them.
   */
  RESTART_RULES_ON_SIDECAR(
      Severity.ERROR,
      Section.CONTAINERS,
      "Native sidecars set no restartPolicyRules on Kubernetes 1.35.",
      "The 1.35 API server rejects them (Forbidden: restartPolicyRules are not allowed for init"
          + " containers with restart policy Always).",
      "Remove restartPolicyRules from the sidecar (it is always restarted), or target"
          + " Kubernetes 1.36 or later.");

  private final RuleInfo info;

  ContainerRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case POD_CONTAINERS_REQUIRED -> ContainerChecks.podContainersRequired(context, sink);
      case CONTAINER_IMAGE_REQUIRED -> ContainerChecks.containerImageRequired(context, sink);
      case CONTAINER_IMAGE_WHITESPACE -> ContainerChecks.containerImageWhitespace(context, sink);
      case CONTAINER_PULL_POLICY_ENUM -> ContainerChecks.containerPullPolicyEnum(context, sink);
      case CONTAINER_TERMINATION_MSG_POLICY_ENUM ->
          ContainerChecks.containerTerminationMessagePolicyEnum(context, sink);
      case CONTAINER_RESTARTPOLICY_ON_REGULAR ->
          ContainerChecks.containerRestartPolicyOnRegular(context, sink);
      case SIDECAR_RESTARTPOLICY_VALUE -> ContainerChecks.sidecarRestartPolicyValue(context, sink);
      case SIDECAR_FIELD_SILENTLY_DROPPED ->
          ContainerChecks.sidecarFieldSilentlyDropped(context, sink);
      case INIT_PROBES_ONLY_FOR_SIDECARS ->
          ContainerChecks.initProbesOnlyForSidecars(context, sink);
      case INIT_LIFECYCLE_ONLY_FOR_SIDECARS ->
          ContainerChecks.initLifecycleOnlyForSidecars(context, sink);
      case RESTART_RULES_NEED_POLICY -> ContainerChecks.restartRulesNeedPolicy(context, sink);
      case RESTART_RULES_LIMITS -> ContainerChecks.restartRulesLimits(context, sink);
      case RESTART_RULES_FIELDS -> ContainerChecks.restartRulesFields(context, sink);
      case RESTART_RULES_ON_SIDECAR -> ContainerChecks.restartRulesOnSidecar(context, sink);
    }
  }
}
