package dev.podwright.benchmarks;

import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * Cold start with Podwright: a fresh JVM that composes the typical pod, validates and emits it.
 *
 * <ul>
 *   <li>{@code full} (the default): {@link CompositionValidator#validate} — composition rules,
 *       emission, every spec rule;
 *   <li>{@code model-constraints}: the same with the opt-in Hibernate Validator constraints;
 *   <li>{@code spec}: {@code PodSpecEmitter.emit}, then {@code PodSpecValidator.validate}.
 * </ul>
 *
 * Prints the number of containers and violations so the work cannot be skipped.
 */
public final class ColdStartPodwright {

  private ColdStartPodwright() {}

  /**
   * Composes, validates and emits the pod once.
   *
   * @param args {@code full} (default), {@code model-constraints} or {@code spec}
   */
  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "full";
    V1PodSpec spec;
    int violations;
    if (mode.equals("spec")) {
      spec = Pods.emitter().emit(Pods.composition());
      violations = Pods.validator().validate(spec).violations().size();
    } else {
      CompositionValidator validator =
          mode.equals("model-constraints")
              ? Pods.compositionValidatorWithModelConstraints()
              : Pods.compositionValidator();
      CompositionValidator.Result result = validator.validate(Pods.composition());
      spec = result.spec();
      violations = result.report().violations().size();
    }
    System.out.println(
        (spec.getContainers().size() + spec.getInitContainers().size()) + " " + violations);
  }
}
