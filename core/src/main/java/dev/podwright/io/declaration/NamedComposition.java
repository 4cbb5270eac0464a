package dev.podwright.io.declaration;

import dev.podwright.model.Composition;
import java.util.Objects;

/**
 * A composition with the name a platform gives it, e.g. a Numaflow vertex name.
 *
 * @param name the name
 * @param composition the composition
 */
public record NamedComposition(String name, Composition composition) {

  /** Requires both. */
  public NamedComposition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(composition, "composition");
  }
}
