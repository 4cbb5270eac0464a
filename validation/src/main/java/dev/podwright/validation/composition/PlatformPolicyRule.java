package dev.podwright.validation.composition;

import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Sidecar;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;
import java.util.Set;

/**
 * Host-policy and naming rules that need to know which containers are sidecars, and the merge with
 * the host's base spec: one constant per rule, named by its rule id. One enum, not one class per
 * rule: every class costs a fresh JVM about 0.16 ms to load (docs/architecture.md).
 */
enum PlatformPolicyRule implements CompositionRule {
  /** The host forbids sidecars. */
  COMPOSITION_SIDECARS_FORBIDDEN(
      Severity.ERROR,
      Section.COMPOSITIONS,
      "No sidecars when the host policy forbids them.",
      "The platform operator switched sidecars off (Feldera's allowInitContainers: false);"
          + " the workload would fail to start.",
      "Remove the sidecars, or ask the platform operator to allow them."),
  /** The host limits the number of sidecars. */
  COMPOSITION_TOO_MANY_SIDECARS(
      Severity.ERROR,
      Section.COMPOSITIONS,
      "The number of sidecars is within the host policy's maximum.",
      "Every sidecar takes a share of the pod's resources and the node's capacity.",
      "Remove sidecars, or merge their jobs into fewer containers."),
  /** Users may not take the host's own container names. */
  COMPOSITION_RESERVED_CONTAINER_NAME(
      Severity.ERROR,
      Section.COMPOSITIONS,
      "Sidecars and init containers do not use a container name the host reserves.",
      "The host adds containers of these names itself; a second one is rejected by the API"
          + " server, or silently replaces the host's.",
      "Choose another name."),
  /**
   * The composition does not collide with the host's base spec. Found by the emitter, reported by
   * {@code CompositionValidator} when emission fails; this constant's own check finds nothing.
   */
  MERGE_CONFLICT(
      Severity.ERROR,
      Section.COMPOSITIONS,
      "The composition does not collide with the host's base pod spec (same container name,"
          + " same volume name with another source, same field set twice).",
      "Merging would silently drop one side's definition.",
      "Rename or remove one side, or emit with Precedence.OVERRIDE or KEEP_EXISTING.");

  private final RuleInfo info;

  PlatformPolicyRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(CompositionContext context, ViolationSink sink) {
    switch (this) {
      case COMPOSITION_SIDECARS_FORBIDDEN -> sidecarsForbidden(context, sink);
      case COMPOSITION_TOO_MANY_SIDECARS -> tooManySidecars(context, sink);
      case COMPOSITION_RESERVED_CONTAINER_NAME -> reservedNames(context, sink);
      case MERGE_CONFLICT -> {
        // reported by CompositionValidator from the emitter's MergeConflictException
      }
    }
  }

  private static void sidecarsForbidden(CompositionContext context, ViolationSink sink) {
    HostPolicy policy = context.policy();
    boolean forbidden =
        !policy.allowSidecars() || (context.nativeSidecars() && !policy.allowInitContainers());
    if (!forbidden) {
      return;
    }
    List<Sidecar> sidecars = context.composition().sidecars();
    for (int i = 0; i < sidecars.size(); i++) {
      sink.report(
          FieldPath.of("sidecars").index(i),
          sidecars.get(i).name(),
          "sidecar \""
              + sidecars.get(i).name()
              + "\" is not allowed: the platform operator has"
              + " disabled "
              + (policy.allowSidecars()
                  ? "init containers (and so native" + " sidecars)"
                  : "sidecars")
              + ".");
    }
  }

  private static void tooManySidecars(CompositionContext context, ViolationSink sink) {
    int max = context.policy().maxSidecars();
    int count = context.composition().sidecars().size();
    if (max >= 0 && count > max) {
      sink.report(
          FieldPath.of("sidecars"),
          count,
          count + " sidecars, but the host policy allows at most " + max + ".");
    }
  }

  private static void reservedNames(CompositionContext context, ViolationSink sink) {
    Set<String> reserved = context.policy().reservedContainerNames();
    if (reserved.isEmpty()) {
      return;
    }
    Composition composition = context.composition();
    for (int i = 0; i < composition.sidecars().size(); i++) {
      reportReserved(
          sink, reserved, FieldPath.of("sidecars").index(i), composition.sidecars().get(i).spec());
    }
    for (int i = 0; i < composition.initContainers().size(); i++) {
      reportReserved(
          sink,
          reserved,
          FieldPath.of("initContainers").index(i),
          composition.initContainers().get(i).spec());
    }
  }

  private static void reportReserved(
      ViolationSink sink, Set<String> reserved, FieldPath path, ContainerSpec spec) {
    if (spec.name() != null && reserved.contains(spec.name())) {
      sink.report(
          path.child("name"),
          spec.name(),
          "container name \""
              + spec.name()
              + "\" is reserved by the platform (reserved: "
              + reserved
              + ").");
    }
  }
}
