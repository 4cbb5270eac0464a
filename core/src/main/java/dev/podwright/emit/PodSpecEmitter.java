package dev.podwright.emit;

import dev.podwright.model.Composition;
import dev.podwright.model.Injection;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a {@link Composition} into an official {@link V1PodSpec}, optionally laid over the host's
 * own base spec, and records where each part came from. Immutable and thread-safe: build one, share
 * it.
 *
 * <p>How it works: the composition becomes a {@link PodDraft}; the host's steps run in order
 * (changes they make are attributed to them); then the draft is assembled onto a deep copy of the
 * base spec:
 *
 * <ol>
 *   <li>every sidecar gets its mode (its own, the one its placement implies, or the emitter's) and
 *       its {@link Placement}; native sidecars get {@code restartPolicy: Always};
 *   <li>a composition container named like a base container is a collision decided by the options'
 *       {@link Precedence};
 *   <li>the main container is merged onto the base container of its name, every field of it (lists
 *       by their Kubernetes keys), or put first;
 *   <li>the composition's {@link ResourceDefaults} policy is applied to its sidecars, key by key;
 *   <li>each {@link Injection} adds env, envFrom, mounts and defaults to the host containers it
 *       selects, deciding collisions with its own precedence;
 *   <li>the composition's volumes follow the base spec's.
 * </ol>
 *
 * <p>Order is deterministic: {@code initContainers} are the native sidecars placed before the
 * host's, the host's init containers, those placed after them, then the composition's block
 * (sidecars placed before the composition's init containers, its init containers, sidecars placed
 * after them; the block goes before the host's init containers with {@link
 * SidecarPlacement#BEFORE_HOST_INIT_CONTAINERS}); {@code containers} are the classic sidecars
 * placed first, the base spec's containers (the main container first when the base lacks it), then
 * the classic sidecars placed last; every group in declared order. Neither the composition nor the
 * base spec is ever changed, and every call returns new objects.
 *
 * <pre>{@code
 * Emission emission = PodSpecEmitter.builder()
 *     .options(EmitOptions.builder().kubernetesVersion("1.29").build())
 *     .build()
 *     .emission(composition, BaseSpec.of(hostSpec));
 * V1PodSpec spec = emission.spec();
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
   * @throws IllegalArgumentException when the composition is null or a sidecar's placement does not
   *     fit its mode
   * @throws MergeConflictException listing every collision decided {@link Precedence#FAIL}
   */
  public V1PodSpec emit(Composition composition) {
    return emission(composition, BaseSpec.empty()).spec();
  }

  /**
   * Emits the composition laid over the host's base spec (deep-copied first; may be null), every
   * base container platform-owned.
   *
   * @throws IllegalArgumentException when the composition is null or a sidecar's placement does not
   *     fit its mode
   * @throws MergeConflictException listing every collision decided {@link Precedence#FAIL}
   */
  public V1PodSpec emit(Composition composition, V1PodSpec base) {
    return emission(composition, BaseSpec.forOneEmission(base)).spec();
  }

  /**
   * Emits the composition laid over the host's base spec, with the provenance of every container,
   * volume, env var and mount and every collision decided.
   *
   * @throws IllegalArgumentException when the composition or base is null or a sidecar's placement
   *     does not fit its mode
   * @throws MergeConflictException listing every collision decided {@link Precedence#FAIL}
   */
  public Emission emission(Composition composition, BaseSpec base) {
    if (composition == null) {
      throw new IllegalArgumentException("a composition is required");
    }
    if (base == null) {
      throw new IllegalArgumentException("a base spec is required (BaseSpec.empty() for none)");
    }
    Map<String, String> stepOfContainer = new HashMap<>();
    Map<String, String> stepOfVolume = new HashMap<>();
    PodDraft draft = runSteps(composition, stepOfContainer, stepOfVolume);
    return new PodAssembler(options, base, composition, draft, stepOfContainer, stepOfVolume)
        .assemble();
  }

  /** The draft after every step: what would be assembled, for hosts and tests to inspect. */
  public PodDraft draft(Composition composition) {
    if (composition == null) {
      throw new IllegalArgumentException("a composition is required");
    }
    return runSteps(composition, new HashMap<>(), new HashMap<>());
  }

  private PodDraft runSteps(
      Composition composition,
      Map<String, String> stepOfContainer,
      Map<String, String> stepOfVolume) {
    PodDraft draft = PodDraft.of(composition);
    for (EmitStep step : steps) {
      PodDraft next = step.apply(draft);
      if (next == null) {
        throw new IllegalStateException("emit step " + step.name() + " returned no draft");
      }
      StepChanges.attribute(step.name(), draft, next, stepOfContainer, stepOfVolume);
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
