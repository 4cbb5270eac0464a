package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for volume mounts and volume devices: one constant per rule, named by its rule
 * id, in catalog order. Hosts pick rules by constant, e.g. {@code MountRule.MOUNT_NAME_REQUIRED}.
 */
public enum MountRule implements PodSpecRule {
  /** Every volume mount names a volume ({@code MOUNT_NAME_REQUIRED}). */
  MOUNT_NAME_REQUIRED(
      Severity.ERROR,
      Section.MOUNTS,
      "Every volumeMounts entry sets name.",
      "The API server rejects a mount without a volume name (Required value).",
      "Set name to the name of an entry of spec.volumes."),

  /**
   * Every volume mount names a declared volume ({@code MOUNT_NAME_NOT_FOUND}). The API server also
   * reports a mount of a volume that itself has errors as not found; that cascade is not repeated
   * here, the volume's own errors are reported by the volume rules.
   */
  MOUNT_NAME_NOT_FOUND(
      Severity.ERROR,
      Section.MOUNTS,
      "Every volumeMounts entry names a volume declared in spec.volumes.",
      "The API server rejects a mount of an undeclared volume (Not found).",
      "Declare the volume in spec.volumes, or fix the mount's name to match it exactly."),

  /** Every volume mount sets a mount path ({@code MOUNT_PATH_REQUIRED}). */
  MOUNT_PATH_REQUIRED(
      Severity.ERROR,
      Section.MOUNTS,
      "Every volumeMounts entry sets mountPath.",
      "The API server rejects a mount without a mount path (Required value).",
      "Set mountPath to an absolute path inside the container, e.g. /data."),

  /**
   * Mount paths are unique within one container, compared as exact strings ({@code
   * MOUNT_PATH_UNIQUE_PER_CONTAINER}); the same path in different containers is fine.
   */
  MOUNT_PATH_UNIQUE_PER_CONTAINER(
      Severity.ERROR,
      Section.MOUNTS,
      "No two volumeMounts of one container share a mountPath.",
      "The API server rejects a repeated mount path in a container (Invalid value: must be"
          + " unique).",
      "Mount the second volume elsewhere, or use subPath mounts at distinct paths."),

  /**
   * A mount's {@code subPath} is relative and has no {@code ..} element ({@code
   * MOUNT_SUBPATH_LOCAL}); reported at {@code ...volumeMounts.subPath}, without the index, as the
   * API server does.
   */
  MOUNT_SUBPATH_LOCAL(
      Severity.ERROR,
      Section.MOUNTS,
      "volumeMounts[*].subPath is a relative path without '..' elements.",
      "The API server rejects a subPath that could escape the volume (Invalid value).",
      "Use a path relative to the volume's root, e.g. \"conf/app.yaml\"."),

  /**
   * A mount's {@code subPathExpr} is not combined with {@code subPath} and is relative without
   * {@code ..} elements ({@code MOUNT_SUBPATHEXPR}). The exclusivity error carries the mount's
   * index; path errors are reported at {@code ...volumeMounts.subPathExpr}, as the API server does.
   */
  MOUNT_SUBPATHEXPR(
      Severity.ERROR,
      Section.MOUNTS,
      "volumeMounts[*].subPathExpr is not set together with subPath and is a relative path"
          + " without '..' elements.",
      "The API server rejects subPath and subPathExpr together and escaping paths (Invalid"
          + " value).",
      "Keep either subPath or subPathExpr, e.g. subPathExpr: $(POD_NAME)."),

  /**
   * A mount's {@code mountPropagation} is {@code None}, {@code HostToContainer} or {@code
   * Bidirectional} ({@code MOUNT_PROPAGATION_ENUM}); reported at {@code
   * ...volumeMounts.mountPropagation}, as the API server does.
   */
  MOUNT_PROPAGATION_ENUM(
      Severity.ERROR,
      Section.MOUNTS,
      "volumeMounts[*].mountPropagation, when set, is None, HostToContainer or Bidirectional.",
      "The API server rejects any other value (Unsupported value).",
      "Use None, HostToContainer or Bidirectional (exact case), or leave it unset."),

  /**
   * {@code mountPropagation: Bidirectional} only in privileged containers ({@code
   * MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV}).
   */
  MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV(
      Severity.ERROR,
      Section.MOUNTS,
      "Bidirectional mount propagation is used only by containers with"
          + " securityContext.privileged: true.",
      "The API server rejects it elsewhere (Forbidden: Bidirectional mount propagation is"
          + " available only to privileged containers).",
      "Use HostToContainer, or run the container privileged if it really must propagate"
          + " mounts back to the host."),

  /**
   * {@code recursiveReadOnly} is {@code Disabled}, {@code IfPossible} or {@code Enabled}, and the
   * latter two need {@code readOnly: true} and no mount propagation other than {@code None} ({@code
   * MOUNT_RRO_REQUIRES_READONLY}). Before 1.31 the {@code RecursiveReadOnlyMounts} gate is off and
   * the field is silently dropped, so nothing is reported. Reported at {@code
   * ...volumeMounts.recursiveReadOnly}, as the API server does.
   */
  MOUNT_RRO_REQUIRES_READONLY(
      Severity.ERROR,
      Section.MOUNTS,
      "volumeMounts[*].recursiveReadOnly is Disabled, IfPossible or Enabled; IfPossible and"
          + " Enabled need readOnly: true and mountPropagation None or unset.",
      "The API server rejects other values (Unsupported value) and recursive read-only on a"
          + " writable or propagating mount (Forbidden).",
      "Set readOnly: true on the mount (and drop mountPropagation), or remove"
          + " recursiveReadOnly."),

  /**
   * Within one container, a volume is either mounted or attached as a block device, and a path is
   * used by a mount or a device, not both ({@code MOUNT_DEVICE_CONFLICT}). Both sides are reported,
   * as the API server does.
   */
  MOUNT_DEVICE_CONFLICT(
      Severity.ERROR,
      Section.MOUNTS,
      "No container uses the same volume or path in both volumeMounts and volumeDevices.",
      "The API server rejects the overlap (Invalid value: must not already exist in"
          + " volumeDevices / volumeMounts).",
      "Use the volume either as a filesystem mount or as a raw block device, at distinct"
          + " paths."),

  /**
   * Each {@code volumeDevices} entry names a declared volume and a device path, both unique within
   * the container, the path without {@code ..} elements ({@code DEVICE_FIELDS}).
   */
  DEVICE_FIELDS(
      Severity.ERROR,
      Section.MOUNTS,
      "volumeDevices entries set a declared volume name and a devicePath, each unique in the"
          + " container, the path without '..'.",
      "The API server rejects missing (Required value), repeated or escaping (Invalid value)"
          + " and undeclared (Not found) entries.",
      "Name a persistentVolumeClaim or ephemeral volume of spec.volumes and give each device"
          + " its own path, e.g. /dev/xvda."),

  /**
   * A block device comes from a persistentVolumeClaim or ephemeral volume ({@code
   * DEVICE_SOURCE_PVC_ONLY}). A volume with no source is defaulted to emptyDir, which does not
   * qualify.
   */
  DEVICE_SOURCE_PVC_ONLY(
      Severity.ERROR,
      Section.MOUNTS,
      "volumeDevices name persistentVolumeClaim or ephemeral volumes only.",
      "The API server rejects block devices from other volume types (Invalid value: can only"
          + " use volume source type of PersistentVolumeClaim or Ephemeral for block mode).",
      "Attach a PVC (volumeMode: Block) as the device, or mount the volume with volumeMounts"
          + " instead.");

  private final RuleInfo info;

  MountRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case MOUNT_NAME_REQUIRED -> MountChecks.mountNameRequired(context, sink);
      case MOUNT_NAME_NOT_FOUND -> MountChecks.mountNameNotFound(context, sink);
      case MOUNT_PATH_REQUIRED -> MountChecks.mountPathRequired(context, sink);
      case MOUNT_PATH_UNIQUE_PER_CONTAINER ->
          MountChecks.mountPathUniquePerContainer(context, sink);
      case MOUNT_SUBPATH_LOCAL -> MountChecks.mountSubPathLocal(context, sink);
      case MOUNT_SUBPATHEXPR -> MountChecks.mountSubPathExpr(context, sink);
      case MOUNT_PROPAGATION_ENUM -> MountChecks.mountPropagationEnum(context, sink);
      case MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV ->
          MountChecks.mountPropagationBidirectionalPrivileged(context, sink);
      case MOUNT_RRO_REQUIRES_READONLY -> MountChecks.mountRecursiveReadOnly(context, sink);
      case MOUNT_DEVICE_CONFLICT -> MountChecks.mountDeviceConflict(context, sink);
      case DEVICE_FIELDS -> MountChecks.deviceFields(context, sink);
      case DEVICE_SOURCE_PVC_ONLY -> MountChecks.deviceSourcePvcOnly(context, sink);
    }
  }
}
