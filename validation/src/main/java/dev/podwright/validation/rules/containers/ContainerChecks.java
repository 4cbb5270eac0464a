package dev.podwright.validation.rules.containers;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerRestartRule;
import io.kubernetes.client.openapi.models.V1ContainerRestartRuleOnExitCodes;
import java.util.List;

/**
 * The checks behind {@link ContainerRule}, one static method per rule, and their helpers: {@code
 * POD_CONTAINERS_REQUIRED}, {@code CONTAINER_IMAGE_REQUIRED}, {@code CONTAINER_IMAGE_WHITESPACE},
 * {@code CONTAINER_PULL_POLICY_ENUM}, {@code CONTAINER_TERMINATION_MSG_POLICY_ENUM}, {@code
 * CONTAINER_RESTARTPOLICY_ON_REGULAR}, {@code SIDECAR_RESTARTPOLICY_VALUE}, {@code
 * SIDECAR_FIELD_SILENTLY_DROPPED}, {@code INIT_PROBES_ONLY_FOR_SIDECARS}, {@code
 * INIT_LIFECYCLE_ONLY_FOR_SIDECARS}, {@code RESTART_RULES_NEED_POLICY}, {@code
 * RESTART_RULES_LIMITS}, {@code RESTART_RULES_FIELDS}, {@code RESTART_RULES_ON_SIDECAR}.
 */
final class ContainerChecks {

  static final List<String> CONTAINER_PULL_POLICY_ENUM_SUPPORTED =
      List.of("Always", "IfNotPresent", "Never");

  static final List<String> CONTAINER_TERMINATION_MSG_POLICY_ENUM_SUPPORTED =
      List.of("FallbackToLogsOnError", "File");

  static final List<String> CONTAINER_RESTARTPOLICY_ON_REGULAR_SUPPORTED =
      List.of("Always", "Never", "OnFailure");

  private static final int MAX_RULES = 20;

  private static final int MAX_VALUES = 255;

  private static final List<String> OPERATORS = List.of("In", "NotIn");

  private ContainerChecks() {}

  /** Checks {@link ContainerRule#POD_CONTAINERS_REQUIRED}. */
  static void podContainersRequired(PodSpecContext context, ViolationSink sink) {
    if (context.containers(ContainerType.CONTAINER).isEmpty()) {
      sink.report(
          context.root().child("containers"),
          null,
          "Required value: the pod has no regular container; init containers and native sidecars"
              + " alone do not make a pod.");
    }
  }

  /** Checks {@link ContainerRule#CONTAINER_IMAGE_REQUIRED}. */
  static void containerImageRequired(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String image = ref.container().getImage();
      if (image == null || image.isEmpty()) {
        sink.report(
            ref.path().child("image"),
            null,
            "Required value: container \"" + ref.displayName() + "\" has no image.");
      }
    }
  }

  /** Checks {@link ContainerRule#CONTAINER_IMAGE_WHITESPACE}. */
  static void containerImageWhitespace(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String image = ref.container().getImage();
      if (image != null && !image.isEmpty() && !image.equals(image.strip())) {
        sink.report(
            ref.path().child("image"),
            image,
            "Invalid value: \"" + image + "\": must not have leading or trailing whitespace.");
      }
    }
  }

  /** Checks {@link ContainerRule#CONTAINER_PULL_POLICY_ENUM}. */
  static void containerPullPolicyEnum(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String policy = ref.container().getImagePullPolicy();
      if (policy != null
          && !policy.isEmpty()
          && !CONTAINER_PULL_POLICY_ENUM_SUPPORTED.contains(policy)) {
        sink.report(
            ref.path().child("imagePullPolicy"),
            policy,
            "Unsupported value: \""
                + policy
                + "\": supported values: "
                + quoted(CONTAINER_PULL_POLICY_ENUM_SUPPORTED)
                + ".");
      }
    }
  }

  /** Checks {@link ContainerRule#CONTAINER_TERMINATION_MSG_POLICY_ENUM}. */
  static void containerTerminationMessagePolicyEnum(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String policy = ref.container().getTerminationMessagePolicy();
      if (policy != null
          && !policy.isEmpty()
          && !CONTAINER_TERMINATION_MSG_POLICY_ENUM_SUPPORTED.contains(policy)) {
        sink.report(
            ref.path().child("terminationMessagePolicy"),
            policy,
            "Unsupported value: \""
                + policy
                + "\": supported values: "
                + ContainerChecks.quoted(CONTAINER_TERMINATION_MSG_POLICY_ENUM_SUPPORTED)
                + ".");
      }
    }
  }

  /** Checks {@link ContainerRule#CONTAINER_RESTARTPOLICY_ON_REGULAR}. */
  static void containerRestartPolicyOnRegular(PodSpecContext context, ViolationSink sink) {
    KubernetesVersion version = context.version();
    if (!version.isAtLeast(ContainerGates.RESTART_POLICY_FIELD)) {
      return;
    }
    boolean enumMode = version.isAtLeast(ContainerGates.RESTART_RULES_BETA);
    boolean dropped = !enumMode && version.isAtLeast(ContainerGates.RESTART_RULES_ALPHA);
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
      } else if (!CONTAINER_RESTARTPOLICY_ON_REGULAR_SUPPORTED.contains(policy)) {
        sink.report(
            ref.path().child("restartPolicy"),
            policy,
            "Unsupported value: \""
                + policy
                + "\": supported values: "
                + ContainerChecks.quoted(CONTAINER_RESTARTPOLICY_ON_REGULAR_SUPPORTED)
                + ".");
      }
    }
  }

  /** Checks {@link ContainerRule#SIDECAR_RESTARTPOLICY_VALUE}. */
  static void sidecarRestartPolicyValue(PodSpecContext context, ViolationSink sink) {
    KubernetesVersion version = context.version();
    if (!version.supportsNativeSidecars()) {
      return;
    }
    boolean enumMode = version.isAtLeast(ContainerGates.RESTART_RULES_BETA);
    boolean dropped = !enumMode && version.isAtLeast(ContainerGates.RESTART_RULES_ALPHA);
    List<String> supported =
        enumMode ? ContainerChecks.CONTAINER_RESTARTPOLICY_ON_REGULAR_SUPPORTED : List.of("Always");
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      String policy = ref.container().getRestartPolicy();
      if (policy == null || supported.contains(policy) || dropped) {
        continue;
      }
      sink.report(
          ref.path().child("restartPolicy"),
          policy,
          "Unsupported value: \""
              + policy
              + "\": supported values: "
              + ContainerChecks.quoted(supported)
              + " (Kubernetes "
              + version
              + ").");
    }
  }

  /** Checks {@link ContainerRule#SIDECAR_FIELD_SILENTLY_DROPPED}. */
  static void sidecarFieldSilentlyDropped(PodSpecContext context, ViolationSink sink) {
    KubernetesVersion version = context.version();
    if (version.supportsNativeSidecars()) {
      return;
    }
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      if (ref.isNativeSidecar()) {
        sink.report(
            ref.path().child("restartPolicy"),
            "Always",
            "Kubernetes "
                + version
                + " drops restartPolicy: Always (native sidecars need "
                + KubernetesVersion.NATIVE_SIDECARS
                + "); init container \""
                + ref.displayName()
                + "\" would run as a blocking init container and the pod would never start.");
      }
    }
  }

  /** Checks {@link ContainerRule#INIT_PROBES_ONLY_FOR_SIDECARS}. */
  static void initProbesOnlyForSidecars(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      if (Sidecars.isHonouredSidecar(ref, context)) {
        continue;
      }
      V1Container container = ref.container();
      if (container.getLivenessProbe() != null) {
        report(sink, ref, "livenessProbe", context);
      }
      if (container.getReadinessProbe() != null) {
        report(sink, ref, "readinessProbe", context);
      }
      if (container.getStartupProbe() != null) {
        report(sink, ref, "startupProbe", context);
      }
    }
  }

  /** Checks {@link ContainerRule#INIT_LIFECYCLE_ONLY_FOR_SIDECARS}. */
  static void initLifecycleOnlyForSidecars(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      if (ref.container().getLifecycle() == null || Sidecars.isHonouredSidecar(ref, context)) {
        continue;
      }
      sink.report(
          ref.path().child("lifecycle"),
          null,
          "Forbidden: may not be set for init containers without restartPolicy=Always; init"
              + " container \""
              + ref.displayName()
              + "\" "
              + Sidecars.whyNotSidecar(ref, context)
              + ".");
    }
  }

  /** Checks {@link ContainerRule#RESTART_RULES_NEED_POLICY}. */
  static void restartRulesNeedPolicy(PodSpecContext context, ViolationSink sink) {
    if (!ContainerGates.restartRulesValidated(context.version())) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      var rules = ref.container().getRestartPolicyRules();
      if (rules != null && !rules.isEmpty() && ref.container().getRestartPolicy() == null) {
        sink.report(
            ref.path().child("restartPolicy"),
            null,
            "Required value: must specify restartPolicy when restart rules are used; container \""
                + ref.displayName()
                + "\" has "
                + rules.size()
                + " restart rule(s) and no restartPolicy.");
      }
    }
  }

  /** Checks {@link ContainerRule#RESTART_RULES_LIMITS}. */
  static void restartRulesLimits(PodSpecContext context, ViolationSink sink) {
    if (!ContainerGates.restartRulesValidated(context.version())) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      List<V1ContainerRestartRule> rules = ref.container().getRestartPolicyRules();
      if (rules == null || rules.isEmpty() || ref.container().getRestartPolicy() == null) {
        continue;
      }
      if (rules.size() > MAX_RULES) {
        sink.report(
            ref.path().child("restartPolicyRules"),
            rules.size(),
            "Too many: " + rules.size() + ": must have at most " + MAX_RULES + " items.");
      }
      for (int i = 0; i < rules.size(); i++) {
        V1ContainerRestartRule rule = rules.get(i);
        List<Integer> values =
            rule == null || rule.getExitCodes() == null ? null : rule.getExitCodes().getValues();
        if (values != null && values.size() > MAX_VALUES) {
          sink.report(
              ref.path().child("restartPolicyRules").index(i).child("exitCodes").child("values"),
              values.size(),
              "Too many: " + values.size() + ": must have at most " + MAX_VALUES + " items.");
        }
      }
    }
  }

  /** Checks {@link ContainerRule#RESTART_RULES_FIELDS}. */
  static void restartRulesFields(PodSpecContext context, ViolationSink sink) {
    if (!ContainerGates.restartRulesValidated(context.version())) {
      return;
    }
    List<String> actions =
        context.version().isAtLeast(ContainerGates.RESTART_ALL_CONTAINERS_BETA)
            ? List.of("Restart", "RestartAllContainers")
            : List.of("Restart");
    for (ContainerRef ref : context.containers()) {
      List<V1ContainerRestartRule> rules = ref.container().getRestartPolicyRules();
      if (rules == null || rules.isEmpty() || ref.container().getRestartPolicy() == null) {
        continue;
      }
      for (int i = 0; i < rules.size(); i++) {
        V1ContainerRestartRule rule = rules.get(i);
        if (rule != null) {
          check(sink, ref, i, rule, actions);
        }
      }
    }
  }

  /** Checks {@link ContainerRule#RESTART_RULES_ON_SIDECAR}. */
  static void restartRulesOnSidecar(PodSpecContext context, ViolationSink sink) {
    KubernetesVersion version = context.version();
    if (!ContainerGates.restartRulesValidated(version)
        || version.isAtLeast(ContainerGates.RESTART_ALL_CONTAINERS_BETA)) {
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

  /** {@code "a", "b"}: every value in double quotes, comma-separated. */
  static String quoted(List<String> values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append('"').append(values.get(i)).append('"');
    }
    return text.toString();
  }

  private static void report(
      ViolationSink sink, ContainerRef ref, String field, PodSpecContext context) {
    sink.report(
        ref.path().child(field),
        null,
        "Forbidden: may not be set for init containers without restartPolicy=Always; init"
            + " container \""
            + ref.displayName()
            + "\" "
            + Sidecars.whyNotSidecar(ref, context)
            + ".");
  }

  private static FieldPath path(ContainerRef ref, int i) {
    return ref.path().child("restartPolicyRules").index(i);
  }

  private static void check(
      ViolationSink sink,
      ContainerRef ref,
      int i,
      V1ContainerRestartRule rule,
      List<String> actions) {
    String action = rule.getAction();
    if (action == null || !actions.contains(action)) {
      sink.report(
          path(ref, i).child("action"),
          action,
          "Unsupported value: \""
              + (action == null ? "" : action)
              + "\": supported values: "
              + ContainerChecks.quoted(actions)
              + ".");
    }
    V1ContainerRestartRuleOnExitCodes exitCodes = rule.getExitCodes();
    if (exitCodes == null) {
      sink.report(
          path(ref, i).child("exitCodes"), null, "Required value: a restart rule needs exitCodes.");
      return;
    }
    String operator = exitCodes.getOperator();
    if (operator == null || !OPERATORS.contains(operator)) {
      sink.report(
          path(ref, i).child("exitCodes").child("operator"),
          operator,
          "Unsupported value: \""
              + (operator == null ? "" : operator)
              + "\": supported values: "
              + ContainerChecks.quoted(OPERATORS)
              + ".");
    }
  }
}
