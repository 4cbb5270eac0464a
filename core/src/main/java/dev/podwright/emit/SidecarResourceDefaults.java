package dev.podwright.emit;

import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.Objects;

/**
 * Gives sidecars the host's default requests and limits where they set none, key by key: a sidecar
 * that requests only CPU gets the default memory request, and keeps its own CPU.
 *
 * @param defaults the defaults
 */
public record SidecarResourceDefaults(Resources defaults) implements EmitStep {

  /** Requires the defaults. */
  public SidecarResourceDefaults {
    Objects.requireNonNull(defaults, "defaults");
  }

  @Override
  public PodDraft apply(PodDraft draft) {
    if (defaults.isEmpty()) {
      return draft;
    }
    return draft.mapSidecars(this::withDefaults);
  }

  private Sidecar withDefaults(Sidecar sidecar) {
    Resources own = declared(sidecar);
    Resources merged = own == null ? defaults : own.withDefaults(defaults);
    return merged.equals(own) ? sidecar : sidecar.withSpec(sidecar.spec().withResources(merged));
  }

  /** What the sidecar declares: its modelled resources, else those of its base container. */
  private static Resources declared(Sidecar sidecar) {
    if (sidecar.spec().resources() != null || !sidecar.spec().hasBase()) {
      return sidecar.spec().resources();
    }
    V1ResourceRequirements base = sidecar.spec().base().getResources();
    if (base == null) {
      return null;
    }
    return new Resources(base.getRequests(), base.getLimits());
  }
}
