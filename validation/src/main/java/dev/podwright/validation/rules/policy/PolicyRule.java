package dev.podwright.validation.rules.policy;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for the host policy (sidecars, registries, resources): one constant per rule,
 * named by its rule id, in catalog order. Hosts pick rules by constant, e.g. {@code
 * PolicyRule.POLICY_INIT_CONTAINERS_FORBIDDEN}.
 */
public enum PolicyRule implements PodSpecRule {
  /**
   * Init containers of any form (native sidecars included) when the host policy forbids them
   * ({@code allowInitContainers: false}, as Feldera's operator switch does).
   */
  POLICY_INIT_CONTAINERS_FORBIDDEN(
      Severity.ERROR,
      Section.HOST_POLICY,
      "The spec has init containers (native sidecars included) although the host policy"
          + " disallows them.",
      "The platform operator disabled init containers (`allowInitContainers: false`); the"
          + " platform rejects or strips them.",
      "Remove the init container, or ask the operator to enable init containers."),

  /**
   * Native sidecars when the host policy forbids sidecars ({@code allowSidecars: false}). When init
   * containers are forbidden too, {@code POLICY_INIT_CONTAINERS_FORBIDDEN} already reports them.
   */
  POLICY_SIDECARS_FORBIDDEN(
      Severity.ERROR,
      Section.HOST_POLICY,
      "The spec has native sidecars although the host policy disallows sidecars.",
      "The platform operator disabled sidecars (`allowSidecars: false`); the platform"
          + " rejects the pod.",
      "Remove the sidecar, or ask the operator to allow sidecars."),

  /** More native sidecars than the host policy's {@code maxSidecars}. */
  POLICY_TOO_MANY_SIDECARS(
      Severity.ERROR,
      Section.HOST_POLICY,
      "The spec has more native sidecars than the host policy's `maxSidecars`.",
      "The platform caps the sidecars a pod may carry; it rejects the pod.",
      "Remove sidecars (or merge their work) until the pod is within the limit."),

  /**
   * An image from a registry the host policy does not allow. References are judged fully qualified,
   * with Docker's defaults: {@code busybox} is {@code docker.io/library/busybox}, {@code acme/app}
   * is {@code docker.io/acme/app}. An allowed entry is a registry ({@code ghcr.io}) or a registry
   * and a path prefix ({@code ghcr.io/acme}).
   */
  POLICY_REGISTRY_NOT_ALLOWED(
      Severity.ERROR,
      Section.HOST_POLICY,
      "An image (container, ephemeral container or image volume) comes from a registry the"
          + " host policy does not allow.",
      "The platform only runs images from its allowed registries (supply-chain policy, pull"
          + " credentials, air-gapped mirrors); an admission controller rejects the pod.",
      "Pull the image from an allowed registry (mirror it there) and reference it by its"
          + " full name."),

  /**
   * A container that does not request a resource the host policy requires ({@code
   * requireRequests}). A limit counts as a request: a Pod's requests default to its limits.
   */
  POLICY_REQUESTS_REQUIRED(
      Severity.ERROR,
      Section.HOST_POLICY,
      "A container (init containers and sidecars included) does not request a resource the"
          + " host policy requires.",
      "The platform needs requests to schedule and bill pods (often enforced by a"
          + " ResourceQuota, which rejects the pod); without them the container may be"
          + " starved or evicted first.",
      "Set `resources.requests` for the resource on the container."),

  /**
   * A container that does not limit a resource the host policy requires ({@code requireLimits}).
   */
  POLICY_LIMITS_REQUIRED(
      Severity.ERROR,
      Section.HOST_POLICY,
      "A container (init containers and sidecars included) does not limit a resource the"
          + " host policy requires.",
      "The platform needs limits to keep one pod from starving its neighbours (often"
          + " enforced by a ResourceQuota, which rejects the pod).",
      "Set `resources.limits` for the resource on the container."),

  /**
   * The pod's effective requests exceed the host policy's {@code maxPodResources}. Effective
   * requests as the scheduler computes them with native sidecars: {@code max(sum(regular) +
   * sum(sidecars), max over init containers)}, where a plain init container counts its own request
   * plus the sidecars started before it, and a sidecar counts the sidecars up to and including
   * itself; pod overhead is added.
   */
  POLICY_POD_RESOURCES_EXCEEDED(
      Severity.ERROR,
      Section.HOST_POLICY,
      "The pod's effective requests (regular containers plus native sidecars, or the largest"
          + " init phase) exceed the host policy's `maxPodResources`.",
      "Native sidecar requests add to the main containers' (plain init containers only count"
          + " as a maximum): the pod cannot be placed on the host's nodes or exceeds its"
          + " quota, and stays Pending.",
      "Lower the requests of the containers or sidecars, or drop a sidecar.");

  private final RuleInfo info;

  PolicyRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case POLICY_INIT_CONTAINERS_FORBIDDEN -> PolicyChecks.initContainersForbidden(context, sink);
      case POLICY_SIDECARS_FORBIDDEN -> PolicyChecks.sidecarsForbidden(context, sink);
      case POLICY_TOO_MANY_SIDECARS -> PolicyChecks.tooManySidecars(context, sink);
      case POLICY_REGISTRY_NOT_ALLOWED -> PolicyChecks.registryNotAllowed(context, sink);
      case POLICY_REQUESTS_REQUIRED -> PolicyChecks.requiredRequests(context, sink);
      case POLICY_LIMITS_REQUIRED -> PolicyChecks.requiredLimits(context, sink);
      case POLICY_POD_RESOURCES_EXCEEDED -> PolicyChecks.podResourcesExceeded(context, sink);
    }
  }
}
