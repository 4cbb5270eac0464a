package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1Container;
import jakarta.validation.Valid;

/**
 * A long-running helper container next to the main one: a log shipper, a proxy, a socket server.
 * Emitted as a native sidecar (an init container with {@code restartPolicy: Always}) or as an extra
 * regular container, as the emit options say. Immutable.
 *
 * <pre>{@code
 * Sidecar shipper = Sidecar.builder("log-shipper")
 *     .image("fluent/fluent-bit:3.1")
 *     .volumeMount(VolumeMount.of("logs", "/var/log/app").asReadOnly())
 *     .resources(Resources.builder().requestCpu("50m").requestMemory("64Mi").build())
 *     .build();
 * }</pre>
 *
 * <p>Each sidecar may choose its own {@link SidecarMode} and {@link Placement}; unset, the
 * emitter's mode applies and the placement defaults to {@link Placement#defaultFor(SidecarMode)}.
 * Its owner is its container's ({@link ContainerSpec#owner()}).
 *
 * @param spec the container
 * @param mode native or classic, or null for the emitter's mode
 * @param placement where it goes, or null for the default of its mode
 */
public record Sidecar(@Valid ContainerSpec spec, SidecarMode mode, Placement placement) {

  /**
   * Requires a spec, and a placement that fits the mode when both are given.
   *
   * @throws IllegalArgumentException when the spec is null, or a native sidecar is placed among
   *     containers or a classic one among init containers
   */
  public Sidecar {
    if (spec == null) {
      throw new IllegalArgumentException("a sidecar needs a container spec");
    }
    if (mode != null
        && placement != null
        && placement.amongInitContainers() != (mode == SidecarMode.NATIVE)) {
      throw new IllegalArgumentException(
          "sidecar \""
              + spec.name()
              + "\": placement "
              + placement
              + " does not fit a "
              + mode
              + " sidecar ("
              + (mode == SidecarMode.NATIVE
                  ? "native sidecars go among initContainers"
                  : "classic sidecars go among containers")
              + ")");
    }
  }

  /** A sidecar with the emitter's mode and the default placement. */
  public Sidecar(ContainerSpec spec) {
    this(spec, null, null);
  }

  /** A builder for a sidecar of the given name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A sidecar that is a host's own {@code V1Container} as it is (deep-copied). */
  public static Sidecar of(V1Container container) {
    return new Sidecar(ContainerSpec.of(container));
  }

  /** Whose sidecar this is. */
  public Owner owner() {
    return spec.owner();
  }

  /**
   * The mode this sidecar is emitted in, given the emitter's: its own when set, else the one its
   * placement implies (a place among init containers is native), else the emitter's.
   *
   * @param emitterMode the emitter's mode
   */
  public SidecarMode effectiveMode(SidecarMode emitterMode) {
    if (mode != null) {
      return mode;
    }
    if (placement != null) {
      return placement.amongInitContainers() ? SidecarMode.NATIVE : SidecarMode.CLASSIC;
    }
    return emitterMode;
  }

  /**
   * Where this sidecar goes, given the emitter's mode: its own placement when set, else the default
   * of its effective mode.
   *
   * @param emitterMode the emitter's mode
   */
  public Placement effectivePlacement(SidecarMode emitterMode) {
    return placement != null ? placement : Placement.defaultFor(effectiveMode(emitterMode));
  }

  /** This sidecar with another mode (null: the emitter's). */
  public Sidecar withMode(SidecarMode newMode) {
    return new Sidecar(spec, newMode, placement);
  }

  /** This sidecar with another placement (null: the default of its mode). */
  public Sidecar withPlacement(Placement newPlacement) {
    return new Sidecar(spec, mode, newPlacement);
  }

  /** The sidecar's container name. */
  public String name() {
    return spec.name();
  }

  /** This sidecar with another spec. */
  public Sidecar withSpec(ContainerSpec newSpec) {
    return new Sidecar(newSpec, mode, placement);
  }

  /** Builds a {@link Sidecar}. */
  public static final class Builder extends ContainerBuilder<Builder, Sidecar> {
    private SidecarMode mode;
    private Placement placement;

    private Builder(String name) {
      super(name);
    }

    /** Emits this sidecar in the given mode, whatever the emitter's (null: the emitter's). */
    public Builder mode(SidecarMode sidecarMode) {
      this.mode = sidecarMode;
      return this;
    }

    /** Puts this sidecar at the given place (null: the default of its mode). */
    public Builder placement(Placement where) {
      this.placement = where;
      return this;
    }

    /**
     * Sets the startup probe. For a native sidecar, the next containers start only once it
     * succeeds: give one to sidecars others depend on.
     */
    public Builder startupProbe(Probe probe) {
      return setStartupProbe(probe);
    }

    /** Sets the readiness probe. */
    public Builder readinessProbe(Probe probe) {
      return setReadinessProbe(probe);
    }

    /** Sets the liveness probe. */
    public Builder livenessProbe(Probe probe) {
      return setLivenessProbe(probe);
    }

    /** Sets the lifecycle hooks. */
    public Builder lifecycle(Lifecycle hooks) {
      return setLifecycle(hooks);
    }

    @Override
    public Sidecar build() {
      return new Sidecar(spec(), mode, placement);
    }
  }
}
