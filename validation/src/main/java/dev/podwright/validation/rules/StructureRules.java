package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for the structure of a pod spec that the Kubernetes API server rejects:
 * container and volume names (catalog section A), containers, init containers and native sidecars
 * (B), volumes (C), volume mounts and devices (D), common pod-level fields (J), scheduling (S),
 * further pod-level settings (T) and ephemeral containers (U).
 */
public final class StructureRules {

  private StructureRules() {}

  /** Every rule of this group, in catalog order: {@link BuiltInRules#structure()}. */
  public static List<PodSpecRule> all() {
    return BuiltInRules.structure();
  }
}
