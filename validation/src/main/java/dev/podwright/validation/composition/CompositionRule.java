package dev.podwright.validation.composition;

import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * One platform rule on a composition, before emission: rules the API server does not know (workload
 * kinds, host policy). Reports paths of the declaration ({@code sidecars[1].name}). Implementations
 * are pure, total and thread-safe, like {@code PodSpecRule}.
 */
public interface CompositionRule {

  /** What this rule is. */
  RuleInfo info();

  /** Checks the composition and reports every violation to the sink. */
  void check(CompositionContext context, ViolationSink sink);
}
