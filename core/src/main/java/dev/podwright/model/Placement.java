package dev.podwright.model;

/**
 * Where one sidecar goes in the emitted pod spec. The emitted {@code initContainers} are, in order:
 * native sidecars placed {@link #BEFORE_HOST_INIT_CONTAINERS}; the host's init containers; native
 * sidecars placed {@link #AFTER_HOST_INIT_CONTAINERS}; then the composition's block — native
 * sidecars placed {@link #BEFORE_COMPOSITION_INIT_CONTAINERS}, the composition's init containers,
 * native sidecars placed {@link #AFTER_COMPOSITION_INIT_CONTAINERS} — which goes after the host's
 * init containers, or before them when the emit options say so. Classic sidecars go {@link
 * #FIRST_CONTAINER} or {@link #LAST_CONTAINER} among {@code containers}.
 *
 * <p>A sidecar with no placement gets {@link #BEFORE_COMPOSITION_INIT_CONTAINERS} when native and
 * {@link #LAST_CONTAINER} when classic. Numaflow's UD container is native {@link
 * #AFTER_COMPOSITION_INIT_CONTAINERS}; Istio's proxy is native {@link
 * #BEFORE_HOST_INIT_CONTAINERS}.
 */
public enum Placement {
  /** First among init containers, before the host's own (native sidecars). */
  BEFORE_HOST_INIT_CONTAINERS(true),
  /** Right after the host's init containers (native sidecars). */
  AFTER_HOST_INIT_CONTAINERS(true),
  /** Before the composition's init containers (native sidecars; their default). */
  BEFORE_COMPOSITION_INIT_CONTAINERS(true),
  /** After the composition's init containers: after every init container (native sidecars). */
  AFTER_COMPOSITION_INIT_CONTAINERS(true),
  /** First among {@code containers}, before the main container (classic sidecars). */
  FIRST_CONTAINER(false),
  /** Last among {@code containers} (classic sidecars; their default). */
  LAST_CONTAINER(false);

  private final boolean initContainers;

  Placement(boolean initContainers) {
    this.initContainers = initContainers;
  }

  /** Whether this is a place among {@code initContainers} (for native sidecars). */
  public boolean amongInitContainers() {
    return initContainers;
  }

  /** The default for a sidecar of the given mode. */
  public static Placement defaultFor(SidecarMode mode) {
    return mode == SidecarMode.NATIVE ? BEFORE_COMPOSITION_INIT_CONTAINERS : LAST_CONTAINER;
  }
}
