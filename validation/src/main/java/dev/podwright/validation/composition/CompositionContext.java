package dev.podwright.validation.composition;

import dev.podwright.emit.EmitOptions;
import dev.podwright.model.Composition;
import dev.podwright.model.SidecarMode;
import dev.podwright.validation.policy.HostPolicy;
import java.util.Objects;

/**
 * What a {@link CompositionRule} sees.
 *
 * @param composition the composition
 * @param options how it will be emitted (the sidecar mode matters to some rules)
 * @param policy the host policy
 */
public record CompositionContext(Composition composition, EmitOptions options, HostPolicy policy) {

  /** Requires every part. */
  public CompositionContext {
    Objects.requireNonNull(composition, "composition");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(policy, "policy");
  }

  /** True when sidecars will be emitted as native sidecars (init containers). */
  public boolean nativeSidecars() {
    return options.effectiveSidecarMode() == SidecarMode.NATIVE;
  }
}
