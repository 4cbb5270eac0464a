package dev.podwright.validation.composition;

import dev.podwright.model.Composition;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ViolationSink;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Jakarta Validation constraints declared on core's model with Hibernate Validator,
 * bootstrapped once, lazily, without Expression Language: the check behind {@link
 * KindRule#MODEL_CONSTRAINT}. Thread-safe.
 */
final class ModelConstraints {

  private ModelConstraints() {}

  /** Initialised on first use: Hibernate Validator's bootstrap costs a few hundred ms. */
  private static final class Holder {
    private static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /** Checks {@link KindRule#MODEL_CONSTRAINT}. */
  static void check(CompositionContext context, ViolationSink sink) {
    Composition composition = context.composition();
    List<ConstraintViolation<Composition>> violations =
        Holder.VALIDATOR.validate(composition).stream()
            .sorted(
                Comparator.comparing((ConstraintViolation<Composition> v) -> path(v).toString())
                    .thenComparing(ConstraintViolation::getMessage))
            .toList();
    for (ConstraintViolation<Composition> violation : violations) {
      FieldPath path = path(violation);
      sink.report(
          path,
          violation.getInvalidValue(),
          (path.isRoot() ? "the composition" : path.toString()) + " " + violation.getMessage());
    }
  }

  /** {@code sidecars[1].spec.ports[0].containerPort} as declared: {@code sidecars[1].ports[0]…}. */
  static FieldPath path(ConstraintViolation<?> violation) {
    FieldPath path = FieldPath.root();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable() && node.getIndex() != null) {
        path = path.index(node.getIndex());
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<") && !"spec".equals(name)) {
        path = path.child(name);
      }
    }
    return path;
  }
}
