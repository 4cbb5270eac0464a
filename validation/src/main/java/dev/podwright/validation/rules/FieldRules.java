package dev.podwright.validation.rules;

import dev.podwright.validation.rules.env.EnvFieldRef;
import dev.podwright.validation.rules.env.EnvFileKeyRefEmptyDir;
import dev.podwright.validation.rules.env.EnvFileKeyRefFields;
import dev.podwright.validation.rules.env.EnvFromExactlyOne;
import dev.podwright.validation.rules.env.EnvFromPrefixFormat;
import dev.podwright.validation.rules.env.EnvFromRefName;
import dev.podwright.validation.rules.env.EnvKeyRefKey;
import dev.podwright.validation.rules.env.EnvKeyRefNameFormat;
import dev.podwright.validation.rules.env.EnvNameFormat;
import dev.podwright.validation.rules.env.EnvNameRequired;
import dev.podwright.validation.rules.env.EnvResourceFieldRef;
import dev.podwright.validation.rules.env.EnvResourceFieldRefDivisor;
import dev.podwright.validation.rules.env.EnvValueAndValueFrom;
import dev.podwright.validation.rules.env.EnvValueFromExactlyOne;
import dev.podwright.validation.rules.ports.HostNetworkHostPortEqContainerPort;
import dev.podwright.validation.rules.ports.HostPortConflictInitPerContainer;
import dev.podwright.validation.rules.ports.HostPortConflictRegular;
import dev.podwright.validation.rules.ports.PortContainerPort;
import dev.podwright.validation.rules.ports.PortHostPortRange;
import dev.podwright.validation.rules.ports.PortNameIana;
import dev.podwright.validation.rules.ports.PortNameUniqueInContainer;
import dev.podwright.validation.rules.ports.PortProtocolEnum;
import dev.podwright.validation.rules.probes.LifecycleHandlerExactlyOne;
import dev.podwright.validation.rules.probes.LifecycleSleepRange;
import dev.podwright.validation.rules.probes.ProbeExecCommand;
import dev.podwright.validation.rules.probes.ProbeHandlerExactlyOne;
import dev.podwright.validation.rules.probes.ProbeHttpGet;
import dev.podwright.validation.rules.probes.ProbeSuccessThresholdOne;
import dev.podwright.validation.rules.probes.ProbeTcpGrpcPort;
import dev.podwright.validation.rules.probes.ProbeTerminationGrace;
import dev.podwright.validation.rules.probes.ProbeTimingNonNegative;
import dev.podwright.validation.rules.resources.PodLevelResources;
import dev.podwright.validation.rules.resources.PodOverhead;
import dev.podwright.validation.rules.resources.ResClaimsReference;
import dev.podwright.validation.rules.resources.ResHugePagesMultiple;
import dev.podwright.validation.rules.resources.ResHugePagesNeedCpuOrMemory;
import dev.podwright.validation.rules.resources.ResNameExtended;
import dev.podwright.validation.rules.resources.ResNameQualified;
import dev.podwright.validation.rules.resources.ResNameStandard;
import dev.podwright.validation.rules.resources.ResNonOvercommitEqual;
import dev.podwright.validation.rules.resources.ResQuantityInteger;
import dev.podwright.validation.rules.resources.ResQuantityNonNegative;
import dev.podwright.validation.rules.resources.ResRequestLeLimit;
import dev.podwright.validation.rules.resources.ResizePolicy;
import dev.podwright.validation.rules.security.PodOsName;
import dev.podwright.validation.rules.security.PodSecurityContextEnums;
import dev.podwright.validation.rules.security.ScApeFalseWithCapSysAdmin;
import dev.podwright.validation.rules.security.ScApeFalseWithPrivileged;
import dev.podwright.validation.rules.security.ScAppArmorProfile;
import dev.podwright.validation.rules.security.ScOsLinuxNoWindowsOptions;
import dev.podwright.validation.rules.security.ScOsWindowsNoLinuxFields;
import dev.podwright.validation.rules.security.ScProcMount;
import dev.podwright.validation.rules.security.ScSeccompProfile;
import dev.podwright.validation.rules.security.ScUidGidRange;
import dev.podwright.validation.rules.security.ScWindowsHostProcess;
import dev.podwright.validation.rules.warnings.WarnDeprecatedVolumePlugin;
import dev.podwright.validation.rules.warnings.WarnEnvDuplicateName;
import dev.podwright.validation.rules.warnings.WarnFractionalBytes;
import dev.podwright.validation.rules.warnings.WarnHostAliasDupIp;
import dev.podwright.validation.rules.warnings.WarnImagePullSecrets;
import dev.podwright.validation.rules.warnings.WarnNegativeTgps;
import dev.podwright.validation.rules.warnings.WarnNonStandardIp;
import dev.podwright.validation.rules.warnings.WarnPortAmbiguousHostIp;
import dev.podwright.validation.rules.warnings.WarnPortDuplicate;
import dev.podwright.validation.rules.warnings.WarnPortHostIpWithoutHostPort;
import dev.podwright.validation.rules.warnings.WarnPortNameDupAcrossContainers;
import dev.podwright.validation.rules.warnings.WarnPortOverlapping;
import dev.podwright.validation.rules.warnings.WarnProjectedEmptySource;
import dev.podwright.validation.rules.warnings.WarnSelectorNullOrDeprecatedLabel;
import dev.podwright.validation.rules.warnings.WarnVolumeOverlappingPaths;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in API-server rules for container fields: what the API server rejects in env and
 * envFrom (catalog section E), ports (F), resources (G), probes and lifecycle hooks (H) and
 * security contexts (I), and the warnings it returns (K). To be combined into {@link
 * ApiServerRules}.
 */
public final class FieldRules {

  private FieldRules() {}

  /** Every rule of this group, in catalog order; a new list of shared, stateless rules. */
  public static List<PodSpecRule> all() {
    return List.of(
        // E. Environment variables
        new EnvNameRequired(),
        new EnvNameFormat(),
        new EnvValueFromExactlyOne(),
        new EnvValueAndValueFrom(),
        new EnvFieldRef(),
        new EnvResourceFieldRef(),
        new EnvResourceFieldRefDivisor(),
        new EnvKeyRefNameFormat(),
        new EnvKeyRefKey(),
        new EnvFileKeyRefFields(),
        new EnvFileKeyRefEmptyDir(),
        new EnvFromExactlyOne(),
        new EnvFromPrefixFormat(),
        new EnvFromRefName(),
        // F. Ports, host networking
        new PortContainerPort(),
        new PortHostPortRange(),
        new PortProtocolEnum(),
        new PortNameIana(),
        new PortNameUniqueInContainer(),
        new HostPortConflictRegular(),
        new HostPortConflictInitPerContainer(),
        new HostNetworkHostPortEqContainerPort(),
        // G. Resources and quantities
        new ResNameQualified(),
        new ResNameStandard(),
        new ResNameExtended(),
        new ResQuantityNonNegative(),
        new ResQuantityInteger(),
        new ResRequestLeLimit(),
        new ResNonOvercommitEqual(),
        new ResHugePagesNeedCpuOrMemory(),
        new ResHugePagesMultiple(),
        new ResClaimsReference(),
        new ResizePolicy(),
        new PodLevelResources(),
        new PodOverhead(),
        // H. Probes and lifecycle hooks
        new ProbeHandlerExactlyOne(),
        new ProbeExecCommand(),
        new ProbeHttpGet(),
        new ProbeTcpGrpcPort(),
        new ProbeTimingNonNegative(),
        new ProbeSuccessThresholdOne(),
        new ProbeTerminationGrace(),
        new LifecycleHandlerExactlyOne(),
        new LifecycleSleepRange(),
        // I. Security context
        new ScUidGidRange(),
        new ScApeFalseWithPrivileged(),
        new ScApeFalseWithCapSysAdmin(),
        new ScProcMount(),
        new ScSeccompProfile(),
        new ScAppArmorProfile(),
        new ScOsLinuxNoWindowsOptions(),
        new ScOsWindowsNoLinuxFields(),
        new ScWindowsHostProcess(),
        new PodOsName(),
        new PodSecurityContextEnums(),
        // K. Warnings returned by the API server
        new WarnEnvDuplicateName(),
        new WarnPortDuplicate(),
        new WarnPortOverlapping(),
        new WarnPortAmbiguousHostIp(),
        new WarnPortHostIpWithoutHostPort(),
        new WarnPortNameDupAcrossContainers(),
        new WarnFractionalBytes(),
        new WarnVolumeOverlappingPaths(),
        new WarnProjectedEmptySource(),
        new WarnDeprecatedVolumePlugin(),
        new WarnImagePullSecrets(),
        new WarnHostAliasDupIp(),
        new WarnNegativeTgps(),
        new WarnNonStandardIp(),
        new WarnSelectorNullOrDeprecatedLabel());
  }
}
