package dev.podwright.emit;

import dev.podwright.model.Precedence;
import java.util.Objects;

/**
 * One collision decided while merging: a field (or keyed list entry, or map entry) set on both
 * sides to values that differ in meaning, and the precedence that decided which one the emitted
 * spec holds. Under {@link Precedence#FAIL} the collision is also a {@link MergeConflict}.
 *
 * @param path where, as the API server prints it, e.g. {@code spec.containers[0].image} or {@code
 *     spec.containers[0].resources.limits[cpu]}
 * @param existing a rendering of the value that was there, e.g. {@code "nginx:1.27"}
 * @param incoming a rendering of the value that came in
 * @param precedence the precedence that decided it
 */
public record Collision(String path, String existing, String incoming, Precedence precedence) {

  /** Checks that no component is null. */
  public Collision {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(existing, "existing");
    Objects.requireNonNull(incoming, "incoming");
    Objects.requireNonNull(precedence, "precedence");
  }

  /**
   * True when the spec holds the incoming value afterwards ({@link Precedence#OVERRIDE}); false
   * when it keeps the existing one ({@link Precedence#KEEP_EXISTING}, and {@link Precedence#FAIL},
   * where emission fails anyway).
   */
  public boolean incomingWins() {
    return precedence == Precedence.OVERRIDE;
  }

  /** The rendering of the value the spec holds afterwards. */
  public String held() {
    return incomingWins() ? incoming : existing;
  }

  @Override
  public String toString() {
    return path + ": " + existing + " vs " + incoming + " (" + precedence + ": " + held() + ")";
  }
}
