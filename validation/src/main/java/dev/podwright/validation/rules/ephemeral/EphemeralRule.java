package dev.podwright.validation.rules.ephemeral;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import java.util.List;

/**
 * The built-in rules for {@code spec.ephemeralContainers}: they cannot be set on Pod create or in a
 * pod template at all, and the API server checks them as it does on the ephemeralcontainers
 * subresource. One constant per rule, named by its rule id, in catalog order.
 */
public enum EphemeralRule implements PodSpecRule {
  /**
   * {@code spec.ephemeralContainers} is empty on Pod create and in every pod template ({@code
   * EPHEMERAL_NOT_ON_CREATE}).
   */
  EPHEMERAL_NOT_ON_CREATE(
      Severity.ERROR,
      Section.EPHEMERAL,
      "A Pod being created, or a pod template, has no ephemeral containers.",
      "The API server rejects them (Forbidden: cannot be set on create; in a template:"
          + " ephemeral containers not allowed in pod template); they can only be added to a"
          + " running Pod through its ephemeralcontainers subresource.",
      "Remove spec.ephemeralContainers; use kubectl debug (or the ephemeralcontainers"
          + " subresource) on the running Pod instead."),

  /**
   * Ephemeral container names are set, DNS-1123 labels and unique across containers, init
   * containers and ephemeral containers ({@code EPHEMERAL_NAME}).
   */
  EPHEMERAL_NAME(
      Severity.ERROR,
      Section.EPHEMERAL,
      "Ephemeral containers have DNS-1123 label names, unique across all containers of the pod.",
      "The API server rejects a missing (Required), malformed (Invalid) or repeated (Duplicate)"
          + " ephemeral container name.",
      "Give each ephemeral container its own lowercase name, e.g. debugger-1."),

  /**
   * The fields every container must get right, for ephemeral containers ({@code
   * EPHEMERAL_CONTAINER_FIELDS}): an image without surrounding whitespace, a known imagePullPolicy
   * and terminationMessagePolicy, and volume mounts of declared volumes with unique, non-empty
   * paths.
   */
  EPHEMERAL_CONTAINER_FIELDS(
      Severity.ERROR,
      Section.EPHEMERAL,
      "Ephemeral containers have an image, known pull and termination message policies and"
          + " mounts of declared volumes at unique paths.",
      "The API server checks ephemeral containers like other containers (Required, Invalid,"
          + " Unsupported value or Not found).",
      "Set image, use Always/IfNotPresent/Never and File/FallbackToLogsOnError, and mount only"
          + " volumes listed in spec.volumes."),

  /**
   * Ephemeral containers set none of ports, resources, resizePolicy, restartPolicy,
   * restartPolicyRules, probes and lifecycle, and no volume mount subPath or subPathExpr ({@code
   * EPHEMERAL_FORBIDDEN_FIELDS}).
   */
  EPHEMERAL_FORBIDDEN_FIELDS(
      Severity.ERROR,
      Section.EPHEMERAL,
      "Ephemeral containers set no ports, resources, resizePolicy, restartPolicy(Rules), probes,"
          + " lifecycle, or mount subPath/subPathExpr.",
      "The API server rejects each of them (Forbidden: cannot be set for an Ephemeral"
          + " Container): ephemeral containers are not part of the pod's workload.",
      "Remove these fields from the ephemeral container."),

  /**
   * An ephemeral container's targetContainerName names a container or init container of the pod
   * ({@code EPHEMERAL_TARGET_NOT_FOUND}).
   */
  EPHEMERAL_TARGET_NOT_FOUND(
      Severity.ERROR,
      Section.EPHEMERAL,
      "targetContainerName, when set, names a container or init container of the pod.",
      "The API server rejects an unknown target (Not found at"
          + " spec.ephemeralContainers[i].targetContainerName).",
      "Use the name of the container whose process namespace the debugger should join.");

  private final RuleInfo info;

  EphemeralRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    // every check walks spec.ephemeralContainers only: with none there is nothing to check, and a
    // validating JVM does not load the check class (cold start)
    List<V1EphemeralContainer> containers = context.spec().getEphemeralContainers();
    if (containers == null || containers.isEmpty()) {
      return;
    }
    switch (this) {
      case EPHEMERAL_NOT_ON_CREATE -> EphemeralChecks.ephemeralNotOnCreate(context, sink);
      case EPHEMERAL_NAME -> EphemeralChecks.ephemeralName(context, sink);
      case EPHEMERAL_CONTAINER_FIELDS -> EphemeralChecks.ephemeralContainerFields(context, sink);
      case EPHEMERAL_FORBIDDEN_FIELDS -> EphemeralChecks.ephemeralForbiddenFields(context, sink);
      case EPHEMERAL_TARGET_NOT_FOUND -> EphemeralChecks.ephemeralTargetNotFound(context, sink);
    }
  }
}
