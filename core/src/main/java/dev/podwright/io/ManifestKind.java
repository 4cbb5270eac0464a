package dev.podwright.io;

import dev.podwright.path.FieldPath;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of manifest document that carry a pod spec, and where in each the spec sits. (The kind
 * of a document as read, not a Podwright workload setting.)
 */
public enum ManifestKind {
  /** A {@code Pod}; spec at {@code spec}. */
  POD("Pod", false, "spec"),
  /** A {@code Deployment}; spec at {@code spec.template.spec}. */
  DEPLOYMENT("Deployment", false, "spec", "template", "spec"),
  /** A {@code StatefulSet}; spec at {@code spec.template.spec}. */
  STATEFUL_SET("StatefulSet", false, "spec", "template", "spec"),
  /** A {@code DaemonSet}; spec at {@code spec.template.spec}. */
  DAEMON_SET("DaemonSet", false, "spec", "template", "spec"),
  /** A {@code ReplicaSet}; spec at {@code spec.template.spec}. */
  REPLICA_SET("ReplicaSet", false, "spec", "template", "spec"),
  /** A {@code ReplicationController}; spec at {@code spec.template.spec}. */
  REPLICATION_CONTROLLER("ReplicationController", false, "spec", "template", "spec"),
  /** A {@code Job}; spec at {@code spec.template.spec}; runs to completion. */
  JOB("Job", true, "spec", "template", "spec"),
  /** A {@code CronJob}; spec at {@code spec.jobTemplate.spec.template.spec}; runs to completion. */
  CRON_JOB("CronJob", true, "spec", "jobTemplate", "spec", "template", "spec"),
  /** A {@code PodTemplate}; spec at {@code template.spec}. */
  POD_TEMPLATE("PodTemplate", false, "template", "spec"),
  /** A bare pod spec (no {@code kind}, has {@code containers}); the document is the spec. */
  POD_SPEC("PodSpec", false);

  private final String kindName;
  private final boolean runsToCompletion;
  private final List<String> specFields;

  ManifestKind(String kindName, boolean runsToCompletion, String... specFields) {
    this.kindName = kindName;
    this.runsToCompletion = runsToCompletion;
    this.specFields = List.of(specFields);
  }

  /** The {@code kind} as written in a manifest, e.g. {@code StatefulSet}; {@code PodSpec}. */
  public String kindName() {
    return kindName;
  }

  /** True for Job and CronJob, whose pods are meant to finish. */
  public boolean runsToCompletion() {
    return runsToCompletion;
  }

  /** Where the pod spec sits in a document of this kind; the root for a bare spec. */
  public FieldPath specPath() {
    return FieldPath.of(specFields.toArray(String[]::new));
  }

  /** The field names leading to the pod spec. */
  List<String> specFields() {
    return specFields;
  }

  /** The manifest kind with this {@code kind} name (case-sensitive), if it carries a pod spec. */
  public static Optional<ManifestKind> fromKindName(String kind) {
    for (ManifestKind candidate : values()) {
      if (candidate != POD_SPEC && candidate.kindName.equals(kind)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
