package dev.podwright.emit;

import dev.podwright.model.Precedence;

/**
 * One collision decided during emission: two sources set the same thing to different values, and a
 * {@link Precedence} chose. Recorded in the emission's provenance whatever the outcome.
 *
 * @param path where, e.g. {@code spec.containers[0].image}
 * @param existing what was there (the base spec's, the container's own)
 * @param incoming what was laid over it (the composition's, the injection's, the policy's)
 * @param precedence what decided it
 */
public record Collision(String path, String existing, String incoming, Precedence precedence) {

  /** The value the spec holds afterwards (the existing one under FAIL and KEEP_EXISTING). */
  public String outcome() {
    return precedence == Precedence.OVERRIDE ? incoming : existing;
  }

  @Override
  public String toString() {
    return path + ": " + existing + " vs " + incoming + " -> " + precedence + " kept " + outcome();
  }
}
