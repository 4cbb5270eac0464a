package dev.podwright.validation.spi;

/**
 * One check of a {@code V1PodSpec}. Implementations are small, pure and total: they never throw
 * (whatever is null or absurd in the spec), never mutate it, and are safe to share across threads.
 * Declare one as Podwright declares its own: an enum constant carrying its {@link RuleInfo}.
 */
public interface PodSpecRule extends Rule<PodSpecContext> {

  /** Checks the spec in the context and reports every violation to the sink. */
  @Override
  void check(PodSpecContext context, ViolationSink sink);
}
