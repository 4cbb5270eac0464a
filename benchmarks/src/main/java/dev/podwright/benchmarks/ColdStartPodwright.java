package dev.podwright.benchmarks;

import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * Cold start with Podwright: a fresh JVM that composes the typical pod, validates and emits it.
 * With no argument (or {@code full}) it uses {@link CompositionValidator#validate} (composition
 * rules including the Hibernate Validator constraints, emission, every spec rule); with {@code
 * spec} it emits with {@code PodSpecEmitter} and validates with {@code PodSpecValidator} only.
 * Prints the number of containers and violations so the work cannot be skipped.
 */
public final class ColdStartPodwright {

  private ColdStartPodwright() {}

  /**
   * Composes, validates and emits the pod once.
   *
   * @param args {@code full} (default) or {@code spec}
   */
  public static void main(String[] args) {
    boolean specOnly = args.length > 0 && "spec".equals(args[0]);
    V1PodSpec spec;
    int violations;
    if (specOnly) {
      spec = Pods.emitter().emit(Pods.composition());
      violations = Pods.validator().validate(spec).violations().size();
    } else {
      CompositionValidator.Result result = Pods.compositionValidator().validate(Pods.composition());
      spec = result.spec();
      violations = result.report().violations().size();
    }
    System.out.println(
        (spec.getContainers().size() + spec.getInitContainers().size()) + " " + violations);
  }
}
