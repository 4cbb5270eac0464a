package dev.podwright.validation.rules;

import dev.podwright.validation.rules.runtime.DownwardApiContainerNameRule;
import dev.podwright.validation.rules.runtime.EmptyDirMediumRule;
import dev.podwright.validation.rules.runtime.EnvExpansionOrderRule;
import dev.podwright.validation.rules.runtime.HostNetworkSidecarPortsRule;
import dev.podwright.validation.rules.runtime.ImageTagRule;
import dev.podwright.validation.rules.runtime.JobLegacySidecarRule;
import dev.podwright.validation.rules.runtime.LifecycleTcpSocketRule;
import dev.podwright.validation.rules.runtime.MountPathRelativeRule;
import dev.podwright.validation.rules.runtime.MountPathTwinRule;
import dev.podwright.validation.rules.runtime.MountShadowingRule;
import dev.podwright.validation.rules.runtime.NamedProbePortRule;
import dev.podwright.validation.rules.runtime.PortBindConflictRule;
import dev.podwright.validation.rules.runtime.QosDowngradeRule;
import dev.podwright.validation.rules.runtime.SidecarHostPortConflictRule;
import dev.podwright.validation.rules.runtime.SidecarOrderingRule;
import dev.podwright.validation.rules.runtime.SidecarStartupProbeRule;
import dev.podwright.validation.rules.runtime.SubPathNoUpdatesRule;
import dev.podwright.validation.rules.runtime.UnusedVolumeRule;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for what the API server accepts but breaks at run time (catalog section M).
 */
public final class RuntimeHazardRules {

  private static final List<PodSpecRule> ALL =
      List.of(
          new PortBindConflictRule(),
          new SidecarHostPortConflictRule(),
          new HostNetworkSidecarPortsRule(),
          new ImageTagRule(),
          new SidecarOrderingRule(),
          new SidecarStartupProbeRule(),
          new JobLegacySidecarRule(),
          new QosDowngradeRule(),
          new NamedProbePortRule(),
          new LifecycleTcpSocketRule(),
          new EnvExpansionOrderRule(),
          new MountPathRelativeRule(),
          new MountPathTwinRule(),
          new MountShadowingRule(),
          new SubPathNoUpdatesRule(),
          new EmptyDirMediumRule(),
          new DownwardApiContainerNameRule(),
          new UnusedVolumeRule());

  private RuntimeHazardRules() {}

  /** Every rule of this group, in catalog order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
