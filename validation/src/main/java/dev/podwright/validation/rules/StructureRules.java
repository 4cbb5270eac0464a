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
      List.of(
          // A. Names and format primitives
          NameRule.CONTAINER_NAME_REQUIRED,
          NameRule.CONTAINER_NAME_DNS1123,
          NameRule.CONTAINER_NAME_UNIQUE_REGULAR,
          NameRule.CONTAINER_NAME_UNIQUE_INIT,
          NameRule.VOLUME_NAME_REQUIRED,
          NameRule.VOLUME_NAME_DNS1123,
          NameRule.VOLUME_NAME_UNIQUE,
          NameRule.POD_HOSTNAME_SUBDOMAIN_LABEL,
          NameRule.POD_SERVICEACCOUNTNAME_FORMAT,
          // B. Containers, init containers, native sidecars
          ContainerRule.POD_CONTAINERS_REQUIRED,
          ContainerRule.CONTAINER_IMAGE_REQUIRED,
          ContainerRule.CONTAINER_IMAGE_WHITESPACE,
          ContainerRule.CONTAINER_PULL_POLICY_ENUM,
          ContainerRule.CONTAINER_TERMINATION_MSG_POLICY_ENUM,
          ContainerRule.CONTAINER_RESTARTPOLICY_ON_REGULAR,
          ContainerRule.SIDECAR_RESTARTPOLICY_VALUE,
          ContainerRule.SIDECAR_FIELD_SILENTLY_DROPPED,
          ContainerRule.INIT_PROBES_ONLY_FOR_SIDECARS,
          ContainerRule.INIT_LIFECYCLE_ONLY_FOR_SIDECARS,
          ContainerRule.RESTART_RULES_NEED_POLICY,
          ContainerRule.RESTART_RULES_LIMITS,
          ContainerRule.RESTART_RULES_FIELDS,
          ContainerRule.RESTART_RULES_ON_SIDECAR,
          // C. Volumes
          VolumeRule.VOLUME_EXACTLY_ONE_SOURCE,
          VolumeRule.EMPTYDIR_SIZELIMIT_NEGATIVE,
          VolumeRule.CONFIGMAP_VOL_NAME_REQUIRED,
          VolumeRule.SECRET_VOL_NAME_REQUIRED,
          VolumeRule.VOLUME_FILE_MODE_RANGE,
          VolumeRule.KEYTOPATH_KEY_PATH_REQUIRED,
          VolumeRule.KEYTOPATH_PATH_LOCAL,
          VolumeRule.PVC_CLAIMNAME_REQUIRED,
          VolumeRule.HOSTPATH_PATH_REQUIRED,
          VolumeRule.HOSTPATH_PATH_NO_BACKSTEPS,
          VolumeRule.HOSTPATH_TYPE_ENUM,
          VolumeRule.PROJECTED_ONE_KIND_PER_SOURCE,
          VolumeRule.PROJECTED_DUPLICATE_PATH,
          VolumeRule.PROJECTED_SOURCE_NAME_REQUIRED,
          VolumeRule.PROJECTED_SA_TOKEN,
          VolumeRule.DOWNWARDAPI_VOL_ITEM_SOURCE,
          VolumeRule.DOWNWARDAPI_VOL_FIELDPATHS,
          VolumeRule.DOWNWARDAPI_VOL_RESOURCEFIELDREF,
          VolumeRule.CSI_DRIVER_NAME,
          VolumeRule.CSI_NODE_PUBLISH_SECRET,
          VolumeRule.EPHEMERAL_VCT_REQUIRED,
          VolumeRule.EPHEMERAL_VCT_METADATA,
          VolumeRule.EPHEMERAL_VCT_SPEC,
          // D. Volume mounts and volume devices
          MountRule.MOUNT_NAME_REQUIRED,
          MountRule.MOUNT_NAME_NOT_FOUND,
          MountRule.MOUNT_PATH_REQUIRED,
          MountRule.MOUNT_PATH_UNIQUE_PER_CONTAINER,
          MountRule.MOUNT_SUBPATH_LOCAL,
          MountRule.MOUNT_SUBPATHEXPR,
          MountRule.MOUNT_PROPAGATION_ENUM,
          MountRule.MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV,
          MountRule.MOUNT_RRO_REQUIRES_READONLY,
          MountRule.MOUNT_DEVICE_CONFLICT,
          MountRule.DEVICE_FIELDS,
          MountRule.DEVICE_SOURCE_PVC_ONLY,
          // J. Pod-level fields
          PodRule.POD_RESTARTPOLICY_ENUM,
          PodRule.TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER,
          PodRule.POD_DNSPOLICY_ENUM,
          PodRule.POD_ACTIVE_DEADLINE_RANGE,
          // S. Scheduling: affinity, tolerations, spread, gates
          SchedulingRule.NODE_AFFINITY_TERMS,
          SchedulingRule.POD_AFFINITY_TERMS,
          SchedulingRule.TOLERATION_FIELDS,
          SchedulingRule.TOPOLOGY_SPREAD_CONSTRAINTS,
          SchedulingRule.SCHEDULING_GATES,
          SchedulingRule.READINESS_GATES,
          // T. Pod-level settings: sysctls, namespaces, aliases, claims
          PodLevelRule.POD_SYSCTLS,
          PodLevelRule.HOSTUSERS_HOST_NAMESPACES,
          PodLevelRule.SHARE_PROCESS_NAMESPACE_HOSTPID,
          PodLevelRule.SC_WINDOWS_OPTIONS,
          PodLevelRule.HOST_ALIASES,
          PodLevelRule.POD_HOSTNAME_OVERRIDE,
          PodLevelRule.POD_RESOURCE_CLAIMS,
          // U. Ephemeral containers
          EphemeralRule.EPHEMERAL_NOT_ON_CREATE,
          EphemeralRule.EPHEMERAL_NAME,
          EphemeralRule.EPHEMERAL_CONTAINER_FIELDS,
          EphemeralRule.EPHEMERAL_FORBIDDEN_FIELDS,
          EphemeralRule.EPHEMERAL_TARGET_NOT_FOUND);

  private StructureRules() {}

  /** Every rule of this group, in catalog order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
