package dev.podwright.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of workload a host platform runs, with what it allows, as data: Numaflow's {@code source}
 * vertex takes no sidecars, its {@code udf} and {@code sink} vertices do. The validation module
 * enforces it. Immutable; build with {@link #builder(String)}.
 *
 * @param name the kind's name, e.g. {@code source}
 * @param allowsSidecars whether sidecars may be added
 * @param allowsInitContainers whether init containers may be added
 * @param allowedVolumeTypes the volume types allowed; empty allows every type
 * @param maxSidecars the most sidecars allowed; negative for no limit
 * @param runsToCompletion whether its pods must finish (a Job or a batch step): classic sidecars
 *     would keep them running forever
 * @param restrictionReason why the kind is restricted, quoted in violation messages; may be empty
 */
public record WorkloadKind(
    String name,
    boolean allowsSidecars,
    boolean allowsInitContainers,
    Set<VolumeType> allowedVolumeTypes,
    int maxSidecars,
    boolean runsToCompletion,
    String restrictionReason) {

  /** A long-running workload that allows everything. */
  public static final WorkloadKind GENERIC = builder("generic").build();

  /** A workload that runs to completion (a Job), allowing everything else. */
  public static final WorkloadKind JOB = builder("job").runsToCompletion().build();

  /** Copies the set. */
  public WorkloadKind {
    Objects.requireNonNull(name, "name");
    allowedVolumeTypes =
        allowedVolumeTypes == null || allowedVolumeTypes.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(allowedVolumeTypes));
    restrictionReason = restrictionReason == null ? "" : restrictionReason;
  }

  /** A builder for a kind that allows everything until told otherwise. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** True when the kind allows volumes of this type. */
  public boolean allowsVolumeType(VolumeType type) {
    return allowedVolumeTypes.isEmpty() || allowedVolumeTypes.contains(type);
  }

  /** Builds a {@link WorkloadKind}. */
  public static final class Builder {
    private final String name;
    private boolean allowsSidecars = true;
    private boolean allowsInitContainers = true;
    private Set<VolumeType> allowedVolumeTypes = Set.of();
    private int maxSidecars = -1;
    private boolean runsToCompletion;
    private String restrictionReason = "";

    private Builder(String name) {
      this.name = name;
    }

    /** Forbids sidecars. */
    public Builder noSidecars() {
      this.allowsSidecars = false;
      return this;
    }

    /** Forbids init containers. */
    public Builder noInitContainers() {
      this.allowsInitContainers = false;
      return this;
    }

    /** Allows only these volume types. */
    public Builder allowVolumeTypes(VolumeType first, VolumeType... more) {
      this.allowedVolumeTypes = EnumSet.of(first, more);
      return this;
    }

    /** Allows at most this many sidecars. */
    public Builder maxSidecars(int max) {
      this.maxSidecars = max;
      return this;
    }

    /** Marks the kind as running to completion (a Job, a batch step). */
    public Builder runsToCompletion() {
      this.runsToCompletion = true;
      return this;
    }

    /** Says why the kind is restricted; quoted in violation messages. */
    public Builder because(String reason) {
      this.restrictionReason = reason;
      return this;
    }

    /** The kind. */
    public WorkloadKind build() {
      return new WorkloadKind(
          name,
          allowsSidecars,
          allowsInitContainers,
          allowedVolumeTypes,
          maxSidecars,
          runsToCompletion,
          restrictionReason);
    }
  }
}
