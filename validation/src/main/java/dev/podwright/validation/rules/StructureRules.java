package dev.podwright.validation.rules;

import dev.podwright.validation.rules.containers.ContainerImageRequired;
import dev.podwright.validation.rules.containers.ContainerImageWhitespace;
import dev.podwright.validation.rules.containers.ContainerPullPolicyEnum;
import dev.podwright.validation.rules.containers.ContainerRestartPolicyOnRegular;
import dev.podwright.validation.rules.containers.ContainerTerminationMessagePolicyEnum;
import dev.podwright.validation.rules.containers.InitLifecycleOnlyForSidecars;
import dev.podwright.validation.rules.containers.InitProbesOnlyForSidecars;
import dev.podwright.validation.rules.containers.PodContainersRequired;
import dev.podwright.validation.rules.containers.RestartRulesFields;
import dev.podwright.validation.rules.containers.RestartRulesLimits;
import dev.podwright.validation.rules.containers.RestartRulesNeedPolicy;
import dev.podwright.validation.rules.containers.RestartRulesOnSidecar;
import dev.podwright.validation.rules.containers.SidecarFieldSilentlyDropped;
import dev.podwright.validation.rules.containers.SidecarRestartPolicyValue;
import dev.podwright.validation.rules.mounts.DeviceFields;
import dev.podwright.validation.rules.mounts.DeviceSourcePvcOnly;
import dev.podwright.validation.rules.mounts.MountDeviceConflict;
import dev.podwright.validation.rules.mounts.MountNameNotFound;
import dev.podwright.validation.rules.mounts.MountNameRequired;
import dev.podwright.validation.rules.mounts.MountPathRequired;
import dev.podwright.validation.rules.mounts.MountPathUniquePerContainer;
import dev.podwright.validation.rules.mounts.MountPropagationBidirectionalPrivileged;
import dev.podwright.validation.rules.mounts.MountPropagationEnum;
import dev.podwright.validation.rules.mounts.MountRecursiveReadOnly;
import dev.podwright.validation.rules.mounts.MountSubPathExpr;
import dev.podwright.validation.rules.mounts.MountSubPathLocal;
import dev.podwright.validation.rules.names.ContainerNameDns1123;
import dev.podwright.validation.rules.names.ContainerNameRequired;
import dev.podwright.validation.rules.names.ContainerNameUniqueInit;
import dev.podwright.validation.rules.names.ContainerNameUniqueRegular;
import dev.podwright.validation.rules.names.PodHostnameSubdomainLabel;
import dev.podwright.validation.rules.names.PodServiceAccountNameFormat;
import dev.podwright.validation.rules.names.VolumeNameDns1123;
import dev.podwright.validation.rules.names.VolumeNameRequired;
import dev.podwright.validation.rules.names.VolumeNameUnique;
import dev.podwright.validation.rules.pod.PodActiveDeadlineRange;
import dev.podwright.validation.rules.pod.PodDnsPolicyEnum;
import dev.podwright.validation.rules.pod.PodRestartPolicyEnum;
import dev.podwright.validation.rules.pod.TemplateRestartPolicyForController;
import dev.podwright.validation.rules.volumes.ConfigMapVolumeNameRequired;
import dev.podwright.validation.rules.volumes.CsiDriverName;
import dev.podwright.validation.rules.volumes.CsiNodePublishSecret;
import dev.podwright.validation.rules.volumes.DownwardApiVolumeFieldPaths;
import dev.podwright.validation.rules.volumes.DownwardApiVolumeItemSource;
import dev.podwright.validation.rules.volumes.DownwardApiVolumeResourceFieldRef;
import dev.podwright.validation.rules.volumes.EmptyDirSizeLimitNegative;
import dev.podwright.validation.rules.volumes.EphemeralVolumeClaimTemplateMetadata;
import dev.podwright.validation.rules.volumes.EphemeralVolumeClaimTemplateRequired;
import dev.podwright.validation.rules.volumes.EphemeralVolumeClaimTemplateSpec;
import dev.podwright.validation.rules.volumes.HostPathPathNoBacksteps;
import dev.podwright.validation.rules.volumes.HostPathPathRequired;
import dev.podwright.validation.rules.volumes.HostPathTypeEnum;
import dev.podwright.validation.rules.volumes.KeyToPathKeyPathRequired;
import dev.podwright.validation.rules.volumes.KeyToPathPathLocal;
import dev.podwright.validation.rules.volumes.ProjectedDuplicatePath;
import dev.podwright.validation.rules.volumes.ProjectedOneKindPerSource;
import dev.podwright.validation.rules.volumes.ProjectedServiceAccountToken;
import dev.podwright.validation.rules.volumes.ProjectedSourceNameRequired;
import dev.podwright.validation.rules.volumes.PvcClaimNameRequired;
import dev.podwright.validation.rules.volumes.SecretVolumeNameRequired;
import dev.podwright.validation.rules.volumes.VolumeExactlyOneSource;
import dev.podwright.validation.rules.volumes.VolumeFileModeRange;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for the structure of a pod spec that the Kubernetes API server rejects:
 * container and volume names (catalog section A), containers, init containers and native sidecars
 * (B), volumes (C), volume mounts and devices (D) and common pod-level fields (J).
 */
public final class StructureRules {

  private static final List<PodSpecRule> ALL =
      List.of(
          // A. Names and format primitives
          new ContainerNameRequired(),
          new ContainerNameDns1123(),
          new ContainerNameUniqueRegular(),
          new ContainerNameUniqueInit(),
          new VolumeNameRequired(),
          new VolumeNameDns1123(),
          new VolumeNameUnique(),
          new PodHostnameSubdomainLabel(),
          new PodServiceAccountNameFormat(),
          // B. Containers, init containers, native sidecars
          new PodContainersRequired(),
          new ContainerImageRequired(),
          new ContainerImageWhitespace(),
          new ContainerPullPolicyEnum(),
          new ContainerTerminationMessagePolicyEnum(),
          new ContainerRestartPolicyOnRegular(),
          new SidecarRestartPolicyValue(),
          new SidecarFieldSilentlyDropped(),
          new InitProbesOnlyForSidecars(),
          new InitLifecycleOnlyForSidecars(),
          new RestartRulesNeedPolicy(),
          new RestartRulesLimits(),
          new RestartRulesFields(),
          new RestartRulesOnSidecar(),
          // C. Volumes
          new VolumeExactlyOneSource(),
          new EmptyDirSizeLimitNegative(),
          new ConfigMapVolumeNameRequired(),
          new SecretVolumeNameRequired(),
          new VolumeFileModeRange(),
          new KeyToPathKeyPathRequired(),
          new KeyToPathPathLocal(),
          new PvcClaimNameRequired(),
          new HostPathPathRequired(),
          new HostPathPathNoBacksteps(),
          new HostPathTypeEnum(),
          new ProjectedOneKindPerSource(),
          new ProjectedDuplicatePath(),
          new ProjectedSourceNameRequired(),
          new ProjectedServiceAccountToken(),
          new DownwardApiVolumeItemSource(),
          new DownwardApiVolumeFieldPaths(),
          new DownwardApiVolumeResourceFieldRef(),
          new CsiDriverName(),
          new CsiNodePublishSecret(),
          new EphemeralVolumeClaimTemplateRequired(),
          new EphemeralVolumeClaimTemplateMetadata(),
          new EphemeralVolumeClaimTemplateSpec(),
          // D. Volume mounts and volume devices
          new MountNameRequired(),
          new MountNameNotFound(),
          new MountPathRequired(),
          new MountPathUniquePerContainer(),
          new MountSubPathLocal(),
          new MountSubPathExpr(),
          new MountPropagationEnum(),
          new MountPropagationBidirectionalPrivileged(),
          new MountRecursiveReadOnly(),
          new MountDeviceConflict(),
          new DeviceFields(),
          new DeviceSourcePvcOnly(),
          // J. Pod-level fields
          new PodRestartPolicyEnum(),
          new TemplateRestartPolicyForController(),
          new PodDnsPolicyEnum(),
          new PodActiveDeadlineRange());

  private StructureRules() {}

  /** Every rule of this group, in catalog order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
