package dev.podwright.validation.rules.resources;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;
import java.util.List;

/**
 * The built-in rules for resource requests and limits: one constant per rule, named by its rule id,
 * in catalog order. Hosts pick rules by constant, e.g. {@code ResourceRule.RES_NAME_QUALIFIED}.
 */
public enum ResourceRule implements PodSpecRule {
  /** Container resource names are qualified names ({@code RES_NAME_QUALIFIED}). */
  RES_NAME_QUALIFIED(
      Severity.ERROR,
      Section.RESOURCES,
      "Container resource names are qualified names (optional DNS prefix and '/', then a name).",
      "The API server rejects a resource name that is not a qualified name (Invalid value).",
      "Use cpu, memory, ephemeral-storage, hugepages-<size> or an extended resource such as example.com/gpu."),

  /**
   * Unprefixed container resource names are standard ones: cpu, memory, ephemeral-storage,
   * hugepages-&lt;size&gt; ({@code RES_NAME_STANDARD}).
   */
  RES_NAME_STANDARD(
      Severity.ERROR,
      Section.RESOURCES,
      "Unprefixed container resource names are cpu, memory, ephemeral-storage or hugepages-<size>.",
      "The API server rejects other unprefixed names such as gpu, storage or pods (Invalid value).",
      "Use a standard resource name, or the vendor's extended resource name (e.g. nvidia.com/gpu)."),

  /**
   * Prefixed, non-native container resource names follow the extended resource name standard
   * ({@code RES_NAME_EXTENDED}).
   */
  RES_NAME_EXTENDED(
      Severity.ERROR,
      Section.RESOURCES,
      "Prefixed container resource names outside kubernetes.io are valid extended resource names.",
      "The API server rejects a malformed extended resource name (Invalid value).",
      "Use the form <domain>/<name>, e.g. example.com/foo, exactly as the device plugin advertises it."),

  /** Container resource quantities are not negative ({@code RES_QUANTITY_NONNEGATIVE}). */
  RES_QUANTITY_NONNEGATIVE(
      Severity.ERROR,
      Section.RESOURCES,
      "Container resource requests and limits are not negative.",
      "The API server rejects negative quantities (Invalid value).",
      "Use a positive quantity such as 100m or 128Mi, or remove the entry."),

  /**
   * Extended resources, which are counted in whole units, have integer quantities ({@code
   * RES_QUANTITY_INTEGER}).
   */
  RES_QUANTITY_INTEGER(
      Severity.ERROR,
      Section.RESOURCES,
      "Extended resource quantities are whole numbers.",
      "The API server rejects fractional quantities of integer resources (Invalid value).",
      "Request a whole number of the extended resource, e.g. 1."),

  /**
   * A container request is not above its limit for the same resource ({@code
   * RES_REQUEST_LE_LIMIT}); reported at {@code ...resources.requests}, as the API server does.
   */
  RES_REQUEST_LE_LIMIT(
      Severity.ERROR,
      Section.RESOURCES,
      "A container's request for a resource is at most its limit for it.",
      "The API server rejects a request above the limit (Invalid value).",
      "Lower the request or raise the limit so that request <= limit."),

  /**
   * Non-overcommittable resources (extended resources, hugepages) have a limit, and request equals
   * limit ({@code RES_NON_OVERCOMMIT_EQUAL}).
   */
  RES_NON_OVERCOMMIT_EQUAL(
      Severity.ERROR,
      Section.RESOURCES,
      "Extended resources and hugepages that are requested have a limit equal to the request.",
      "They cannot be overcommitted, so the API server rejects a missing limit (Required) or request != limit (Invalid value).",
      "Set the limit equal to the request (or set only the limit: a Pod's request defaults to it)."),

  /**
   * A container that asks for hugepages also requests or limits cpu or memory ({@code
   * RES_HUGEPAGES_NEED_CPU_OR_MEMORY}).
   */
  RES_HUGEPAGES_NEED_CPU_OR_MEMORY(
      Severity.ERROR,
      Section.RESOURCES,
      "A container with hugepages requests or limits also requests or limits cpu or memory.",
      "The API server rejects hugepages without cpu or memory (Forbidden).",
      "Add a memory (or cpu) request and limit next to the hugepages."),

  /**
   * A hugepages quantity is a whole multiple of its page size: {@code hugepages-2Mi} in steps of
   * 2Mi ({@code RES_HUGEPAGES_MULTIPLE}).
   */
  RES_HUGEPAGES_MULTIPLE(
      Severity.ERROR,
      Section.RESOURCES,
      "A hugepages-<size> quantity is a whole multiple of <size>.",
      "The API server rejects hugepages quantities that are not a multiple of the page size (Invalid value).",
      "Use a multiple of the page size, e.g. 4Mi or 100Mi for hugepages-2Mi."),

  /**
   * Container {@code resources.claims} name claims of {@code spec.resourceClaims}, once each, with
   * a valid request name ({@code RES_CLAIMS_REFERENCE}).
   */
  RES_CLAIMS_REFERENCE(
      Severity.ERROR,
      Section.RESOURCES,
      "Container resources.claims name a declared spec.resourceClaims entry, once each, with a valid request name.",
      "The API server rejects a missing (Required), repeated (Duplicate) or undeclared (Not found) claim, and a malformed request (Invalid value).",
      "Declare the claim in spec.resourceClaims and reference it once per container by that name."),

  /**
   * {@code resizePolicy} entries name cpu or memory once each with a supported restart policy
   * ({@code RESIZE_POLICY}); from Kubernetes 1.33, when in-place resize is on by default.
   * Non-sidecar init containers are left to the container rules.
   */
  RESIZE_POLICY(
      Severity.ERROR,
      Section.RESOURCES,
      "resizePolicy entries name cpu or memory once each, with restartPolicy NotRequired or RestartContainer (NotRequired when the pod never restarts).",
      "From 1.33 the API server rejects unknown, repeated or empty resize policies (Unsupported, Duplicate, Required or Invalid value).",
      "Use one entry per resource (cpu, memory) with restartPolicy NotRequired or RestartContainer."),

  /**
   * Pod-level {@code spec.resources} (PodLevelResources, on by default from Kubernetes 1.34;
   * dropped before) is consistent ({@code POD_LEVEL_RESOURCES}): no claims, only cpu, memory and
   * hugepages, non-negative, requests at most limits, pod requests at least the containers'
   * requests and container limits at most the pod limits; not on Windows pods from 1.35.
   *
   * <p>The aggregate check sums the explicit requests of regular containers and native sidecars,
   * which never exceeds what the API server computes, so it finds no false positives (it may miss
   * cases where a run-to-completion init container dominates).
   */
  POD_LEVEL_RESOURCES(
      Severity.ERROR,
      Section.RESOURCES,
      "spec.resources sets only cpu, memory and hugepages, no claims, requests <= limits,"
          + " covers the containers' requests and bounds their limits.",
      "From 1.34 the API server validates pod-level resources and rejects inconsistent ones"
          + " (Forbidden, Unsupported or Invalid value).",
      "Make the pod-level requests at least the sum of the container requests and the pod"
          + " limits at least every container limit, or drop spec.resources."),

  /**
   * {@code spec.overhead} is validated like container limits: valid names, non-negative, integer
   * for extended resources ({@code POD_OVERHEAD}).
   */
  POD_OVERHEAD(
      Severity.ERROR,
      Section.RESOURCES,
      "spec.overhead names valid resources with non-negative (and for extended resources integer) quantities.",
      "The API server validates overhead like container limits and rejects bad names or values (Invalid value).",
      "Leave overhead to the RuntimeClass, or use standard names with non-negative quantities.");

  private final RuleInfo info;

  ResourceRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case RES_NAME_QUALIFIED -> ResourceChecks.resNameQualified(context, sink);
      case RES_NAME_STANDARD -> ResourceChecks.resNameStandard(context, sink);
      case RES_NAME_EXTENDED -> ResourceChecks.resNameExtended(context, sink);
      case RES_QUANTITY_NONNEGATIVE -> ResourceChecks.resQuantityNonNegative(context, sink);
      case RES_QUANTITY_INTEGER -> ResourceChecks.resQuantityInteger(context, sink);
      case RES_REQUEST_LE_LIMIT -> ResourceChecks.resRequestLeLimit(context, sink);
      case RES_NON_OVERCOMMIT_EQUAL -> ResourceChecks.resNonOvercommitEqual(context, sink);
      case RES_HUGEPAGES_NEED_CPU_OR_MEMORY ->
          ResourceChecks.resHugePagesNeedCpuOrMemory(context, sink);
      case RES_HUGEPAGES_MULTIPLE -> ResourceChecks.resHugePagesMultiple(context, sink);
      case RES_CLAIMS_REFERENCE -> {
        if (anyContainerList(context, true)) {
          PodResourceChecks.resClaimsReference(context, sink);
        }
      }
      case RESIZE_POLICY -> {
        if (anyContainerList(context, false)) {
          PodResourceChecks.resizePolicy(context, sink);
        }
      }
      case POD_LEVEL_RESOURCES -> {
        if (context.spec().getResources() != null) {
          PodResourceChecks.podLevelResources(context, sink);
        }
      }
      case POD_OVERHEAD -> {
        if (context.spec().getOverhead() != null && !context.spec().getOverhead().isEmpty()) {
          PodResourceChecks.podOverhead(context, sink);
        }
      }
    }
  }

  /**
   * Whether a container lists resource claims ({@code claims} true) or resize policies. The pod
   * resource checks report nothing for a pod that sets none of those, pod-level resources or
   * overhead; testing here keeps their class unloaded for one (cold start).
   */
  private static boolean anyContainerList(PodSpecContext context, boolean claims) {
    for (ContainerRef ref : context.containers()) {
      V1Container container = ref.container();
      List<?> list =
          claims
              ? container.getResources() == null ? null : container.getResources().getClaims()
              : container.getResizePolicy();
      if (list != null && !list.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
