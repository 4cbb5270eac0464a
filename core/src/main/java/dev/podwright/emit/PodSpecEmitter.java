package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.model.Composition;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Precedence;
import dev.podwright.model.RestartPolicy;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a {@link Composition} into an official {@link V1PodSpec}, optionally laid over the host's
 * own base spec. Immutable and thread-safe: build one, share it.
 *
 * <p>How it works: the composition becomes a {@link PodDraft}; the steps run in order (first the
 * built-in {@link SidecarResourceDefaults} when the composition has defaults, then the host's own
 * steps); finally the draft is assembled onto a deep copy of the base spec. Neither the composition
 * nor the base spec is ever changed, and every call returns new objects.
 *
 * <p>Order is deterministic and documented:
 *
 * <ul>
 *   <li>{@code containers}: the base spec's containers in their order (the main container merged
 *       into the one of the same name, or put first when the base has none of that name); in {@link
 *       SidecarMode#CLASSIC} the sidecars follow, in declared order.
 *   <li>{@code initContainers}: in {@link SidecarMode#NATIVE} the sidecars (with {@code
 *       restartPolicy: Always}), then the composition's init containers, both in declared order;
 *       this block goes after the base spec's init containers, or before them with {@link
 *       SidecarPlacement#BEFORE_HOST_INIT_CONTAINERS}.
 *   <li>{@code volumes}: the base spec's, then the composition's in declared order.
 * </ul>
 *
 * <pre>{@code
 * V1PodSpec spec = PodSpecEmitter.builder()
 *     .options(EmitOptions.builder().kubernetesVersion("1.29").build())
 *     .build()
 *     .emit(composition);
 * }</pre>
 */
public final class PodSpecEmitter {

  private final EmitOptions options;
  private final List<EmitStep> steps;

  private PodSpecEmitter(EmitOptions options, List<EmitStep> steps) {
    this.options = options;
    this.steps = List.copyOf(steps);
  }

  /** An emitter with {@link EmitOptions#DEFAULTS} and no extra steps. */
  public static PodSpecEmitter standard() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The options in effect. */
  public EmitOptions options() {
    return options;
  }

  /**
   * Emits a pod spec from the composition alone.
   *
   * @throws IllegalArgumentException when the composition is null
   */
  public V1PodSpec emit(Composition composition) {
    return emit(composition, null);
  }

  /**
   * Emits the composition laid over the host's base spec (deep-copied first; may be null).
   *
   * @throws IllegalArgumentException when the composition is null
   * @throws MergeConflictException listing every collision with the base spec, when the options say
   *     {@link Precedence#FAIL}
   */
  public V1PodSpec emit(Composition composition, V1PodSpec base) {
    if (composition == null) {
      throw new IllegalArgumentException("a composition is required");
    }
    PodDraft draft = draft(composition);
    V1PodSpec spec = base == null ? new V1PodSpec() : KubernetesModels.deepCopy(base);
    PodSpecMerger merger = new PodSpecMerger(spec, options.precedence());
    if (draft.mainContainer() != null) {
      merger.mergeMainContainer(ContainerConverter.toV1(draft.mainContainer()));
    }
    SidecarMode mode = options.effectiveSidecarMode();
    List<V1Container> initBlock = new ArrayList<>();
    List<V1Container> classicSidecars = new ArrayList<>();
    for (Sidecar sidecar : draft.sidecars()) {
      V1Container container = ContainerConverter.toV1(sidecar.spec());
      if (mode == SidecarMode.NATIVE) {
        container.setRestartPolicy(RestartPolicy.ALWAYS.value());
        initBlock.add(container);
      } else {
        classicSidecars.add(container);
      }
    }
    for (InitContainer init : draft.initContainers()) {
      initBlock.add(ContainerConverter.toV1(init.spec()));
    }
    boolean before = options.placement() == SidecarPlacement.BEFORE_HOST_INIT_CONTAINERS;
    int position = before ? 0 : spec.getInitContainers().size();
    for (V1Container container : initBlock) {
      int sizeBefore = spec.getInitContainers().size();
      merger.addContainer(container, spec.getInitContainers(), position);
      position += spec.getInitContainers().size() - sizeBefore;
    }
    for (V1Container container : classicSidecars) {
      merger.addContainer(container, spec.getContainers(), spec.getContainers().size());
    }
    for (Volume volume : draft.volumes()) {
      merger.addVolume(VolumeConverter.toV1(volume));
    }
    if (!merger.conflicts().isEmpty()) {
      throw new MergeConflictException(merger.conflicts());
    }
    for (V1Container container : spec.getContainers()) {
      clean(container);
    }
    for (V1Container container : spec.getInitContainers()) {
      clean(container);
    }
    return Canonical.clean(spec);
  }

  private static void clean(V1Container container) {
    if (container != null) {
      Canonical.clean(container);
    }
  }

  /** The draft after every step: what would be assembled, for hosts and tests to inspect. */
  public PodDraft draft(Composition composition) {
    if (composition == null) {
      throw new IllegalArgumentException("a composition is required");
    }
    PodDraft draft = PodDraft.of(composition);
    if (composition.sidecarResourceDefaults() != null) {
      draft = new SidecarResourceDefaults(composition.sidecarResourceDefaults()).apply(draft);
    }
    for (EmitStep step : steps) {
      PodDraft next = step.apply(draft);
      if (next == null) {
        throw new IllegalStateException("emit step " + step + " returned no draft");
      }
      draft = next;
    }
    return draft;
  }

  /** Builds a {@link PodSpecEmitter}. */
  public static final class Builder {
    private EmitOptions options = EmitOptions.DEFAULTS;
    private final List<EmitStep> steps = new ArrayList<>();

    private Builder() {}

    /** The emit options (default {@link EmitOptions#DEFAULTS}). */
    public Builder options(EmitOptions emitOptions) {
      this.options = Objects.requireNonNull(emitOptions, "options");
      return this;
    }

    /** Adds a step, run after those added before it. */
    public Builder addStep(EmitStep step) {
      this.steps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /** The emitter. */
    public PodSpecEmitter build() {
      return new PodSpecEmitter(options, steps);
    }
  }
}
