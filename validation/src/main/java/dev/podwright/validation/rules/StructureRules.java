package dev.podwright.validation.rules;

import dev.podwright.validation.rules.containers.ContainerRule;
import dev.podwright.validation.rules.ephemeral.EphemeralRule;
import dev.podwright.validation.rules.mounts.MountRule;
import dev.podwright.validation.rules.names.NameRule;
import dev.podwright.validation.rules.pod.PodRule;
import dev.podwright.validation.rules.podlevel.PodLevelRule;
import dev.podwright.validation.rules.scheduling.SchedulingRule;
import dev.podwright.validation.rules.volumes.VolumeRule;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for the structure of a pod spec that the Kubernetes API server rejects:
 * container and volume names (catalog section A), containers, init containers and native sidecars
 * (B), volumes (C), volume mounts and devices (D), common pod-level fields (J), scheduling (S),
 * further pod-level settings (T) and ephemeral containers (U).
 */
public final class StructureRules {

  private static final List<PodSpecRule> ALL =
      ApiServerRules.of(
          NameRule.values(),
          ContainerRule.values(),
          VolumeRule.values(),
          MountRule.values(),
          PodRule.values(),
          SchedulingRule.values(),
          PodLevelRule.values(),
          EphemeralRule.values());

  private StructureRules() {}

  /** Every rule of this group, in catalog order: each enum's constants in declaration order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
