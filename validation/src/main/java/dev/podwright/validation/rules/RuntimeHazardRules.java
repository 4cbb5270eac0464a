package dev.podwright.validation.rules;

import dev.podwright.validation.rules.runtime.RuntimeHazardRule;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for what the API server accepts but breaks at run time (catalog section M).
 */
public final class RuntimeHazardRules {

  private static final List<PodSpecRule> ALL =
      List.of(
          RuntimeHazardRule.RT_PORT_BIND_CONFLICT,
          RuntimeHazardRule.RT_SIDECAR_HOSTPORT_CONFLICT,
          RuntimeHazardRule.RT_HOSTNETWORK_SIDECAR_PORTS,
          RuntimeHazardRule.RT_IMAGE_UNTAGGED_ALWAYS_PULL,
          RuntimeHazardRule.RT_IMAGE_LATEST_NODE_CACHED,
          RuntimeHazardRule.RT_SIDECAR_ORDERING,
          RuntimeHazardRule.RT_SIDECAR_NO_STARTUP_PROBE,
          RuntimeHazardRule.RT_JOB_LEGACY_SIDECAR,
          RuntimeHazardRule.RT_QOS_DOWNGRADE,
          RuntimeHazardRule.RT_NAMED_PROBE_PORT_OTHER_CONTAINER,
          RuntimeHazardRule.RT_PROBE_PORT_NAME_UNDECLARED,
          RuntimeHazardRule.RT_LIFECYCLE_TCPSOCKET,
          RuntimeHazardRule.RT_ENV_EXPANSION_ORDER,
          RuntimeHazardRule.RT_MOUNTPATH_RELATIVE_OR_ODD,
          RuntimeHazardRule.RT_MOUNTPATH_TWIN,
          RuntimeHazardRule.RT_MOUNT_SHADOWING,
          RuntimeHazardRule.RT_SUBPATH_NO_UPDATES,
          RuntimeHazardRule.RT_EMPTYDIR_MEDIUM,
          RuntimeHazardRule.RT_DOWNWARDAPI_VOL_CONTAINERNAME,
          RuntimeHazardRule.RT_VOLUME_UNUSED);

  private RuntimeHazardRules() {}

  /** Every rule of this group, in catalog order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
