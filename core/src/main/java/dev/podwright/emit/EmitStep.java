package dev.podwright.emit;

/**
 * One small step of emission: takes a draft, returns a new one. Steps run in the order they were
 * added to the emitter; a host adds its own (inject a proxy, label every sidecar, apply defaults).
 * A step must not mutate its input (drafts are immutable, so it cannot).
 */
@FunctionalInterface
public interface EmitStep {

  /** Returns the draft with this step's change. */
  PodDraft apply(PodDraft draft);
}
