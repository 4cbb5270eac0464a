package dev.podwright.examples;

import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.ModelCopies;
import dev.podwright.model.Composition;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.policy.HostPolicy;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.Objects;

/**
 * One runnable scenario: a composition, how the host emits it (options, policy, optionally its own
 * base pod spec) and a short description. {@link #run()} emits and validates it in one go.
 *
 * <pre>{@code
 * CompositionValidator.Result result = NumaflowExamples.udfWithUnixSocketSidecar().run();
 * System.out.println(PodSpecWriter.toYaml(result.spec()));
 * System.out.println(result.report());
 * }</pre>
 *
 * @param title a one-line heading
 * @param description what the scenario shows, and what outcome to expect
 * @param composition what the user attaches
 * @param base the host's own pod spec the composition is laid over, or null
 * @param options how the composition is emitted
 * @param policy what the host allows
 */
public record Example(
    String title,
    String description,
    Composition composition,
    V1PodSpec base,
    EmitOptions options,
    HostPolicy policy) {

  /** Checks the required parts; copies the base spec. */
  public Example {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(composition, "composition");
    base = ModelCopies.deepCopy(base);
    options = Objects.requireNonNullElse(options, EmitOptions.DEFAULTS);
    policy = Objects.requireNonNullElse(policy, HostPolicy.none());
  }

  /** A scenario emitted with the default options, no base spec and no host policy. */
  public static Example of(String title, String description, Composition composition) {
    return new Example(title, description, composition, null, null, null);
  }

  /** This scenario emitted with other options. */
  public Example withOptions(EmitOptions emitOptions) {
    return new Example(title, description, composition, base, emitOptions, policy);
  }

  /** This scenario under another host policy. */
  public Example withPolicy(HostPolicy hostPolicy) {
    return new Example(title, description, composition, base, options, hostPolicy);
  }

  /** This scenario laid over the host's base pod spec. */
  public Example withBase(V1PodSpec baseSpec) {
    return new Example(title, description, composition, baseSpec, options, policy);
  }

  /** A copy of the host's base spec, or null. */
  @Override
  public V1PodSpec base() {
    return ModelCopies.deepCopy(base);
  }

  /** The emitter the host uses for this scenario. */
  public PodSpecEmitter emitter() {
    return PodSpecEmitter.builder().options(options).build();
  }

  /**
   * The emitted pod spec, without validation.
   *
   * @throws dev.podwright.emit.MergeConflictException when the composition collides with the base
   */
  public V1PodSpec emit() {
    return emitter().emit(composition, base);
  }

  /** Emits and validates: the spec (null when it could not be emitted) and every violation. */
  public CompositionValidator.Result run() {
    return CompositionValidator.builder()
        .emitter(emitter())
        .policy(policy)
        .build()
        .validate(composition, base);
  }
}
