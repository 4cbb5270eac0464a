package dev.podwright.validation.composition;

import dev.podwright.validation.spi.Rule;
import dev.podwright.validation.spi.ViolationSink;

/**
 * One platform rule on a composition, before emission: rules the API server does not know (workload
 * kinds, host policy). Reports paths of the declaration ({@code sidecars[1].name}). Implementations
 * are pure, total and thread-safe, like {@code PodSpecRule}, and declared the same way: an enum
 * constant carrying its {@link dev.podwright.validation.spi.RuleInfo}. Hosts add their own with
 * {@link CompositionValidator.Builder#addRule(CompositionRule)}.
 */
public interface CompositionRule extends Rule<CompositionContext> {

  /** Checks the composition and reports every violation to the sink. */
  @Override
  void check(CompositionContext context, ViolationSink sink);
}
