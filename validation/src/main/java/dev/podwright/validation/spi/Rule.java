package dev.podwright.validation.spi;

/**
 * The one shape of every rule, built-in or the host's: what it is ({@link RuleInfo}: id, severity,
 * section, what, why, fix) and its check. Podwright's rules are enum constants declared once with
 * their info, whose check dispatches to a static method; {@link PodSpecRule} checks a pod spec,
 * {@code CompositionRule} a composition. Implementations are pure, total (they never throw,
 * whatever the input) and safe to share across threads.
 *
 * @param <C> what the rule checks
 */
public interface Rule<C> {

  /** What this rule is. */
  RuleInfo info();

  /** Checks the context and reports every violation to the sink. */
  void check(C context, ViolationSink sink);
}
