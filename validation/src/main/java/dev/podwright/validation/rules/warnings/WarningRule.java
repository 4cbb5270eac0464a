package dev.podwright.validation.rules.warnings;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for what the API server accepts with a warning: one constant per rule, named
 * by its rule id, in catalog order. Hosts pick rules by constant, e.g. {@code
 * WarningRule.W_ENV_DUPLICATE_NAME}.
 */
public enum WarningRule implements PodSpecRule {
  /**
   * A repeated env name that hides the earlier definition ({@code W_ENV_DUPLICATE_NAME}): the later
   * entry is a {@code valueFrom}, is {@code X=$(X)}, or does not reference {@code $(X)}.
   * Server-side apply may drop one of them.
   */
  W_ENV_DUPLICATE_NAME(
      Severity.WARNING,
      Section.WARNINGS,
      "An env name is not repeated in a way that hides the earlier definition.",
      "The API server warns: the later entry wins at run time, and server-side apply keys env by name so one of them may be dropped.",
      "Keep one env entry per name; to extend a value use X=$(X)suffix in a single later entry, or rename one."),

  /**
   * Two declared ports, in any containers, are identical in containerPort, protocol, hostIP and
   * hostPort ({@code W_PORT_DUPLICATE}).
   */
  W_PORT_DUPLICATE(
      Severity.WARNING,
      Section.WARNINGS,
      "No port is declared twice (same containerPort/protocol and hostIP/hostPort), in one or several containers.",
      "The API server warns about duplicate port definitions; all containers share the pod network, so only one process can listen there.",
      "Declare each port once, in the container that listens on it."),

  /**
   * Two declared ports share containerPort and protocol and one has no hostPort ({@code
   * W_PORT_OVERLAPPING}).
   */
  W_PORT_OVERLAPPING(
      Severity.WARNING,
      Section.WARNINGS,
      "No two ports share containerPort/protocol where one has no hostPort.",
      "The API server warns about overlapping port definitions: the declaration without hostPort is redundant.",
      "Declare the port once, with or without hostPort."),

  /**
   * Two declared ports share containerPort, protocol and hostPort, and exactly one sets hostIP
   * ({@code W_PORT_AMBIGUOUS_HOSTIP}).
   */
  W_PORT_AMBIGUOUS_HOSTIP(
      Severity.WARNING,
      Section.WARNINGS,
      "No two ports share containerPort/protocol and hostPort with hostIP set on only one.",
      "The API server warns: which binding wins on the node is undefined.",
      "Set the same hostIP on both ports, or drop one."),

  /**
   * A port sets {@code hostIP} without {@code hostPort} ({@code W_PORT_HOSTIP_WITHOUT_HOSTPORT}).
   */
  W_PORT_HOSTIP_WITHOUT_HOSTPORT(
      Severity.WARNING,
      Section.WARNINGS,
      "A port does not set hostIP without hostPort.",
      "The API server warns: hostIP only applies to a hostPort.",
      "Remove hostIP, or also set hostPort."),

  /**
   * The same port name is used by two containers (regular containers and native sidecars) ({@code
   * W_PORT_NAME_DUP_ACROSS_CONTAINERS}); Services and probes that select ports by name use the
   * first. From Kubernetes 1.33; repeats within one container are the error {@code
   * PORT_NAME_UNIQUE_IN_CONTAINER}.
   */
  W_PORT_NAME_DUP_ACROSS_CONTAINERS(
      Severity.WARNING,
      Section.WARNINGS,
      "A port name is used by only one container of the pod.",
      "The API server warns: Services and probes that select ports by name resolve to the first container's port.",
      "Give each container's ports distinct names, e.g. app-metrics and proxy-metrics."),

  /**
   * Memory and ephemeral-storage quantities are whole bytes ({@code W_FRACTIONAL_BYTES}): {@code
   * 4m} is four thousandths of a byte.
   */
  W_FRACTIONAL_BYTES(
      Severity.WARNING,
      Section.WARNINGS,
      "Memory and ephemeral-storage requests, limits and overhead are whole numbers of bytes.",
      "The API server warns: a milli-suffixed byte value such as 128m means 0.128 bytes, almost always a typo for 128Mi.",
      "Use a binary suffix such as 128Mi or 1Gi instead of m."),

  /**
   * Items of a configMap, secret, downwardAPI or projected volume that write to the same path, or
   * where one path is a prefix of another ({@code W_VOLUME_OVERLAPPING_PATHS}). Like the API
   * server, the prefix test is textual ({@code "ab"} overlaps {@code "a"}).
   */
  W_VOLUME_OVERLAPPING_PATHS(
      Severity.WARNING,
      Section.WARNINGS,
      "The items of a configMap, secret, downwardAPI or projected volume do not write to the same or nested paths.",
      "The API server warns: one file overwrites another, or a file and a directory of the same name collide at mount time.",
      "Give every item its own path, none a prefix of another."),

  /** A projected volume source entry that sets no source ({@code W_PROJECTED_EMPTY_SOURCE}). */
  W_PROJECTED_EMPTY_SOURCE(
      Severity.WARNING,
      Section.WARNINGS,
      "Every projected volume source entry sets a source.",
      "The API server warns about projected source entries with nothing in them.",
      "Remove the empty entry, or set its secret, configMap, downwardAPI or serviceAccountToken."),

  /** Volumes of deprecated or removed in-tree plugins ({@code W_DEPRECATED_VOLUME_PLUGIN}). */
  W_DEPRECATED_VOLUME_PLUGIN(
      Severity.WARNING,
      Section.WARNINGS,
      "Volumes do not use deprecated in-tree plugins (gitRepo, cephfs, rbd, glusterfs, flocker, storageOS, quobyte, scaleIO, photonPersistentDisk).",
      "The API server warns; these plugins are disabled or non-functional on current clusters, so the mount fails on the node.",
      "Use a CSI driver, or for gitRepo an init container that clones into an emptyDir."),

  /**
   * {@code imagePullSecrets} entries have a name and are not repeated ({@code W_IMAGEPULLSECRETS}).
   */
  W_IMAGEPULLSECRETS(
      Severity.WARNING,
      Section.WARNINGS,
      "imagePullSecrets entries have a non-empty, unique name.",
      "The API server warns about empty and duplicate pull secret names; an empty one is useless.",
      "Remove the empty or repeated imagePullSecrets entry."),

  /** {@code hostAliases} entries do not repeat an ip ({@code W_HOSTALIAS_DUP_IP}). */
  W_HOSTALIAS_DUP_IP(
      Severity.WARNING,
      Section.WARNINGS,
      "hostAliases entries do not repeat an ip.",
      "The API server warns: server-side apply keys hostAliases by ip, so one entry may be dropped.",
      "Merge the hostnames of entries with the same ip into one entry."),

  /**
   * A negative {@code spec.terminationGracePeriodSeconds} ({@code W_NEGATIVE_TGPS}), which is
   * treated as 1.
   */
  W_NEGATIVE_TGPS(
      Severity.WARNING,
      Section.WARNINGS,
      "spec.terminationGracePeriodSeconds is not negative.",
      "The API server warns and treats a negative grace period as 1 second: containers are killed almost at once.",
      "Use 0 or more seconds (30 is the default)."),

  /**
   * IP addresses in {@code dnsConfig.nameservers} and {@code hostAliases} written in a non-standard
   * form: IPv4 octets with leading zeros, or IPv4-mapped IPv6 ({@code W_NONSTANDARD_IP}). From
   * Kubernetes 1.33.
   */
  W_NONSTANDARD_IP(
      Severity.WARNING,
      Section.WARNINGS,
      "Nameserver and hostAlias IPs are written in standard form (no leading zeros, no IPv4-mapped IPv6).",
      "The API server warns that such addresses will be rejected in a future release; leading zeros are also read as octal by some resolvers.",
      "Write the address in plain dotted-decimal form, e.g. 5.6.7.8."),

  /**
   * Scheduling selectors that match nothing or use deprecated node labels ({@code
   * W_SELECTOR_NULL_OR_DEPRECATED_LABEL}): a null {@code labelSelector} in pod (anti-)affinity
   * terms and topology spread constraints; {@code beta.kubernetes.io/*} and {@code
   * failure-domain.beta.kubernetes.io/*} node labels in nodeSelector, node affinity and topology
   * keys.
   */
  W_SELECTOR_NULL_OR_DEPRECATED_LABEL(
      Severity.WARNING,
      Section.WARNINGS,
      "Pod affinity terms and topology spread constraints have a labelSelector; node selectors avoid deprecated beta node labels.",
      "The API server warns: a null labelSelector matches no pod, and deprecated node labels may be missing on newer nodes.",
      "Add a labelSelector; use kubernetes.io/os, kubernetes.io/arch, topology.kubernetes.io/zone|region and node.kubernetes.io/instance-type.");

  private final RuleInfo info;

  WarningRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case W_ENV_DUPLICATE_NAME -> ContainerWarningChecks.warnEnvDuplicateName(context, sink);
      case W_PORT_DUPLICATE -> ContainerWarningChecks.warnPortDuplicate(context, sink);
      case W_PORT_OVERLAPPING -> ContainerWarningChecks.warnPortOverlapping(context, sink);
      case W_PORT_AMBIGUOUS_HOSTIP -> ContainerWarningChecks.warnPortAmbiguousHostIp(context, sink);
      case W_PORT_HOSTIP_WITHOUT_HOSTPORT ->
          ContainerWarningChecks.warnPortHostIpWithoutHostPort(context, sink);
      case W_PORT_NAME_DUP_ACROSS_CONTAINERS ->
          ContainerWarningChecks.warnPortNameDupAcrossContainers(context, sink);
      case W_FRACTIONAL_BYTES -> ContainerWarningChecks.warnFractionalBytes(context, sink);
      case W_VOLUME_OVERLAPPING_PATHS ->
          VolumeWarningChecks.warnVolumeOverlappingPaths(context, sink);
      case W_PROJECTED_EMPTY_SOURCE -> VolumeWarningChecks.warnProjectedEmptySource(context, sink);
      case W_DEPRECATED_VOLUME_PLUGIN ->
          VolumeWarningChecks.warnDeprecatedVolumePlugin(context, sink);
      case W_IMAGEPULLSECRETS -> PodWarningChecks.warnImagePullSecrets(context, sink);
      case W_HOSTALIAS_DUP_IP -> PodWarningChecks.warnHostAliasDupIp(context, sink);
      case W_NEGATIVE_TGPS -> PodWarningChecks.warnNegativeTgps(context, sink);
      case W_NONSTANDARD_IP -> PodWarningChecks.warnNonStandardIp(context, sink);
      case W_SELECTOR_NULL_OR_DEPRECATED_LABEL ->
          PodWarningChecks.warnSelectorNullOrDeprecatedLabel(context, sink);
    }
  }
}
