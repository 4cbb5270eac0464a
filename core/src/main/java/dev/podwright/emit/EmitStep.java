package dev.podwright.emit;

/**
 * One small step of emission: takes a draft, returns a new one. Steps run in the order they were
 * added to the emitter; a host adds its own (inject a proxy, label every sidecar, apply defaults).
 * A step must not mutate its input (drafts are immutable, so it cannot). What a step adds or
 * changes is attributed to it, by {@link #name()}, in the emission's {@link Provenance}.
 */
@FunctionalInterface
public interface EmitStep {

  /** Returns the draft with this step's change. */
  PodDraft apply(PodDraft draft);

  /** The step's name in provenance and errors (default: its class's simple name). */
  default String name() {
    String simple = getClass().getSimpleName();
    int lambda = simple.indexOf("$$Lambda");
    return lambda > 0 ? simple.substring(0, lambda) + " step" : simple;
  }
}
