package dev.podwright.validation.composition;

import dev.podwright.model.Composition;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.WorkloadKind;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * The composition rules on the model and on what a host-defined workload kind carries as data: one
 * constant per rule, named by its rule id, declared once with severity, section, what, why and fix.
 * One enum, not one class per rule: every class costs a fresh JVM about 0.16 ms to load
 * (docs/architecture.md).
 */
enum KindRule implements CompositionRule {
  /**
   * The Jakarta constraints declared on the model hold; run only when the host asks ({@code
   * CompositionValidator.Builder.modelConstraints(true)}).
   */
  MODEL_CONSTRAINT(
      Severity.ERROR,
      Section.WORKLOAD_KINDS,
      "Field-level constraints declared on the model (required names, port ranges, name"
          + " lengths) hold. Opt-in: CompositionValidator.builder().modelConstraints(true).",
      "The API server rejects these values; catching them on the declaration names the"
          + " user's own field.",
      "Set the field to a value within the stated constraint."),
  /**
   * A kind that allows no sidecars gets no user-owned ones; the platform's own sidecars (Numaflow's
   * {@code udsource} and {@code transformer} on a source vertex) are allowed.
   */
  KIND_SIDECARS_NOT_ALLOWED(
      Severity.ERROR,
      Section.WORKLOAD_KINDS,
      "A workload kind that allows no sidecars has no user-owned sidecars.",
      "The host platform cannot run sidecars for this kind (Numaflow source vertices, for"
          + " one) and would reject or ignore them.",
      "Remove the sidecars, or move them to a workload kind that allows them."),
  /** A kind that allows no init containers gets none. */
  KIND_INIT_CONTAINERS_NOT_ALLOWED(
      Severity.ERROR,
      Section.WORKLOAD_KINDS,
      "A workload kind that allows no init containers has none.",
      "The host platform does not run init containers for this kind.",
      "Remove the init containers, or do the setup in the main container."),
  /** A kind that limits volume types gets only those. */
  KIND_VOLUME_TYPE_NOT_ALLOWED(
      Severity.ERROR,
      Section.WORKLOAD_KINDS,
      "Every volume is of a type the workload kind allows.",
      "The host platform restricts the storage this kind may use.",
      "Use one of the allowed volume types."),
  /** A kind that limits the number of sidecars gets no more. */
  KIND_TOO_MANY_SIDECARS(
      Severity.ERROR,
      Section.WORKLOAD_KINDS,
      "The number of sidecars is within the workload kind's maximum.",
      "The host platform limits how many helpers one workload of this kind may carry.",
      "Remove sidecars, or merge their jobs into fewer containers.");

  private final RuleInfo info;

  KindRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(CompositionContext context, ViolationSink sink) {
    switch (this) {
      case MODEL_CONSTRAINT -> ModelConstraints.check(context, sink);
      case KIND_SIDECARS_NOT_ALLOWED -> noSidecars(context, sink);
      case KIND_INIT_CONTAINERS_NOT_ALLOWED -> noInitContainers(context, sink);
      case KIND_VOLUME_TYPE_NOT_ALLOWED -> volumeTypes(context, sink);
      case KIND_TOO_MANY_SIDECARS -> maxSidecars(context, sink);
    }
  }

  private static String because(WorkloadKind kind) {
    return kind.restrictionReason().isEmpty() ? "" : " (" + kind.restrictionReason() + ")";
  }

  private static void noSidecars(CompositionContext context, ViolationSink sink) {
    Composition composition = context.composition();
    WorkloadKind kind = composition.kind();
    if (kind.allowsSidecars()) {
      return;
    }
    for (int i = 0; i < composition.sidecars().size(); i++) {
      Sidecar sidecar = composition.sidecars().get(i);
      if (!sidecar.owner().isUser()) {
        continue;
      }
      String name = sidecar.name();
      sink.report(
          FieldPath.of("sidecars").index(i),
          name,
          "sidecar \""
              + name
              + "\" (owned by "
              + sidecar.owner()
              + ") is not allowed: workload kind \""
              + kind.name()
              + "\" takes no user-owned sidecars"
              + because(kind)
              + ".");
    }
  }

  private static void noInitContainers(CompositionContext context, ViolationSink sink) {
    Composition composition = context.composition();
    WorkloadKind kind = composition.kind();
    if (kind.allowsInitContainers()) {
      return;
    }
    for (int i = 0; i < composition.initContainers().size(); i++) {
      String name = composition.initContainers().get(i).name();
      sink.report(
          FieldPath.of("initContainers").index(i),
          name,
          "init container \""
              + name
              + "\" is not allowed: workload kind \""
              + kind.name()
              + "\" takes no init containers"
              + because(kind)
              + ".");
    }
  }

  private static void volumeTypes(CompositionContext context, ViolationSink sink) {
    Composition composition = context.composition();
    WorkloadKind kind = composition.kind();
    List<Volume> volumes = composition.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      Volume volume = volumes.get(i);
      if (volume != null && !kind.allowsVolumeType(volume.type())) {
        sink.report(
            FieldPath.of("volumes").index(i),
            volume.type(),
            "volume \""
                + volume.name()
                + "\" is of type "
                + volume.type()
                + ", which workload kind \""
                + kind.name()
                + "\" does not allow; allowed: "
                + kind.allowedVolumeTypes().stream().sorted().toList()
                + because(kind)
                + ".");
      }
    }
  }

  private static void maxSidecars(CompositionContext context, ViolationSink sink) {
    WorkloadKind kind = context.composition().kind();
    int count = context.composition().sidecars().size();
    if (kind.maxSidecars() >= 0 && count > kind.maxSidecars()) {
      sink.report(
          FieldPath.of("sidecars"),
          count,
          count
              + " sidecars, but workload kind \""
              + kind.name()
              + "\" allows at most "
              + kind.maxSidecars()
              + because(kind)
              + ".");
    }
  }
}
