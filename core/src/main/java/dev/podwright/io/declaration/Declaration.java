package dev.podwright.io.declaration;

import dev.podwright.emit.EmitOptions;
import dev.podwright.io.SourceMap;
import dev.podwright.model.Composition;
import java.util.Objects;

/**
 * A Podwright declaration as read from a file: what to attach, how to emit it, and where each part
 * was written.
 *
 * @param composition the composition
 * @param options the emit options the declaration gives ({@link EmitOptions#DEFAULTS} when none)
 * @param sourceMap positions of the declaration's paths, e.g. {@code sidecars[1].image}
 */
public record Declaration(Composition composition, EmitOptions options, SourceMap sourceMap) {

  /** Requires a composition; null options are the defaults, a null map is empty. */
  public Declaration {
    Objects.requireNonNull(composition, "composition");
    options = Objects.requireNonNullElse(options, EmitOptions.DEFAULTS);
    sourceMap = Objects.requireNonNullElse(sourceMap, SourceMap.empty());
  }
}
