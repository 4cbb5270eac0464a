package dev.podwright.validation.manifest;

import dev.podwright.io.ManifestKind;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the API server requires of the pod template of a long-running workload controller
 * (Deployment, ReplicaSet, ReplicationController, DaemonSet, StatefulSet), beyond the pod spec
 * rules: {@code pkg/apis/apps/validation} ({@code ValidatePodTemplateSpecForReplicaSet}, {@code
 * ValidateDaemonSetSpec}, {@code ValidateStatefulSetSpec}) and {@code ValidatePodTemplateSpecForRC}
 * in {@code pkg/apis/core/validation}. (Jobs and CronJobs: {@code
 * TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER}, a pod spec rule.)
 */
enum WorkloadRule {
  /** The template of a long-running controller restarts {@code Always}. */
  WORKLOAD_RESTARTPOLICY_ALWAYS(
      "The pod template of a Deployment, ReplicaSet, ReplicationController, DaemonSet or"
          + " StatefulSet leaves restartPolicy unset or sets it to Always.",
      "The API server rejects any other value for these controllers (Unsupported value:"
          + " supported values: \"Always\"): their pods are meant to run forever.",
      "Remove restartPolicy from the template (it defaults to Always), or run the workload as a"
          + " Job if it is meant to finish."),

  /** The template of a long-running controller sets no {@code activeDeadlineSeconds}. */
  WORKLOAD_ACTIVE_DEADLINE_FORBIDDEN(
      "The pod template of a Deployment, ReplicaSet, ReplicationController, DaemonSet or"
          + " StatefulSet sets no activeDeadlineSeconds.",
      "The API server rejects it for these controllers (Forbidden: activeDeadlineSeconds in"
          + " ReplicaSet is not Supported, and alike): a deadline would kill pods the controller"
          + " must keep running.",
      "Remove activeDeadlineSeconds, or run the workload as a Job (activeDeadlineSeconds on the"
          + " Job spec bounds the whole run).");

  private static final Set<ManifestKind> LONG_RUNNING =
      EnumSet.of(
          ManifestKind.DEPLOYMENT,
          ManifestKind.REPLICA_SET,
          ManifestKind.REPLICATION_CONTROLLER,
          ManifestKind.DAEMON_SET,
          ManifestKind.STATEFUL_SET);

  private final RuleInfo info;

  WorkloadRule(String what, String why, String fix) {
    this.info = new RuleInfo(name(), Severity.ERROR, Section.WORKLOAD_CONTROLLERS, what, why, fix);
  }

  RuleInfo info() {
    return info;
  }

  /**
   * Checks the spec of a document of the given kind.
   *
   * @param kind the document's kind
   * @param spec its pod spec, never null
   * @param root the spec's path in the document
   * @param sink where findings go
   */
  void check(ManifestKind kind, V1PodSpec spec, FieldPath root, ViolationSink sink) {
    if (!LONG_RUNNING.contains(kind)) {
      return;
    }
    switch (this) {
      case WORKLOAD_RESTARTPOLICY_ALWAYS -> restartPolicyAlways(spec, root, sink);
      case WORKLOAD_ACTIVE_DEADLINE_FORBIDDEN -> activeDeadline(kind, spec, root, sink);
    }
  }

  private static void restartPolicyAlways(V1PodSpec spec, FieldPath root, ViolationSink sink) {
    String policy = spec.getRestartPolicy();
    // Unset is defaulted to Always before validation.
    if (policy != null && !policy.isEmpty() && !policy.equals("Always")) {
      sink.report(
          root.child("restartPolicy"),
          policy,
          "Unsupported value: \"" + policy + "\": supported values: \"Always\".");
    }
  }

  private static void activeDeadline(
      ManifestKind kind, V1PodSpec spec, FieldPath root, ViolationSink sink) {
    Long deadline = spec.getActiveDeadlineSeconds();
    if (deadline == null) {
      return;
    }
    // Deployments are validated through ValidatePodTemplateSpecForReplicaSet, hence "ReplicaSet".
    String named = kind == ManifestKind.DEPLOYMENT ? "ReplicaSet" : kind.kindName();
    String message = "Forbidden: activeDeadlineSeconds in " + named + " is not Supported.";
    sink.report(root.child("activeDeadlineSeconds"), deadline, message);
  }
}
