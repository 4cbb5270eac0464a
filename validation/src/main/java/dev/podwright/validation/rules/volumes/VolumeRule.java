package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for volumes and their sources: one constant per rule, named by its rule id, in
 * catalog order. Hosts pick rules by constant, e.g. {@code VolumeRule.VOLUME_EXACTLY_ONE_SOURCE}.
 */
public enum VolumeRule implements PodSpecRule {
  /**
   * A volume has at most one source ({@code VOLUME_EXACTLY_ONE_SOURCE}). A volume with none is
   * defaulted to {@code emptyDir: {}} by the API server, so that is not an error. Every source
   * after the first (in the API server's checking order) is reported at its own path.
   */
  VOLUME_EXACTLY_ONE_SOURCE(
      Severity.ERROR,
      Section.VOLUMES,
      "Each volume sets at most one source (emptyDir, configMap, secret, hostPath, ...).",
      "The API server rejects a volume with two sources (Forbidden: may not specify more than"
          + " 1 volume type).",
      "Keep one source per volume; declare a second volume for the other source (or use a"
          + " projected volume to combine configMaps, secrets and downward API data)."),

  /** An emptyDir's {@code sizeLimit} is not negative ({@code EMPTYDIR_SIZELIMIT_NEGATIVE}). */
  EMPTYDIR_SIZELIMIT_NEGATIVE(
      Severity.ERROR,
      Section.VOLUMES,
      "emptyDir.sizeLimit, when set, is zero or more.",
      "The API server rejects a negative size limit (Forbidden: SizeLimit field must be a valid"
          + " resource quantity).",
      "Use a positive quantity such as 1Gi, or leave sizeLimit unset."),

  /** A configMap volume names its ConfigMap ({@code CONFIGMAP_VOL_NAME_REQUIRED}). */
  CONFIGMAP_VOL_NAME_REQUIRED(
      Severity.ERROR,
      Section.VOLUMES,
      "A configMap volume sets configMap.name.",
      "The API server rejects a configMap volume without a ConfigMap name (Required value).",
      "Set configMap.name to the ConfigMap to mount."),

  /** A secret volume names its Secret ({@code SECRET_VOL_NAME_REQUIRED}). */
  SECRET_VOL_NAME_REQUIRED(
      Severity.ERROR,
      Section.VOLUMES,
      "A secret volume sets secret.secretName.",
      "The API server rejects a secret volume without a Secret name (Required value).",
      "Set secret.secretName (not secret.name) to the Secret to mount."),

  /**
   * File modes of secret, configMap, downwardAPI and projected volumes lie in 0..0777 ({@code
   * VOLUME_FILE_MODE_RANGE}). In YAML a mode is often written in octal ({@code 0644}); in JSON it
   * must be decimal (420).
   */
  VOLUME_FILE_MODE_RANGE(
      Severity.ERROR,
      Section.VOLUMES,
      "defaultMode and items[*].mode of secret, configMap, downwardAPI and projected volumes"
          + " are between 0 and 0777 (octal; 511 decimal).",
      "The API server rejects other modes (Invalid value: must be a number between 0 and 0777"
          + " (octal), both inclusive).",
      "Use an octal mode such as 0644 (decimal 420) or 0400 (decimal 256); JSON needs the"
          + " decimal form."),

  /**
   * Every {@code items[*]} entry of a configMap or secret source sets {@code key} and {@code path};
   * every downward API file sets {@code path} ({@code KEYTOPATH_KEY_PATH_REQUIRED}). Downward API
   * file errors are reported under {@code downwardAPI}, without the item index, as the API server
   * does.
   */
  KEYTOPATH_KEY_PATH_REQUIRED(
      Severity.ERROR,
      Section.VOLUMES,
      "Items of configMap, secret and projected volumes set key and path; downward API files"
          + " set path.",
      "The API server rejects an item without key or path (Required value).",
      "Set key to the ConfigMap/Secret key and path to the relative file name to project it"
          + " to."),

  /**
   * Item paths of configMap, secret, projected and downwardAPI volumes stay inside the volume:
   * relative, no {@code ..} element, not starting with {@code ..} ({@code KEYTOPATH_PATH_LOCAL}).
   */
  KEYTOPATH_PATH_LOCAL(
      Severity.ERROR,
      Section.VOLUMES,
      "Item paths of configMap, secret, projected and downwardAPI volumes are relative, have"
          + " no '..' element and do not start with '..'.",
      "The API server rejects paths that could escape the volume (Invalid value).",
      "Use a relative file name such as \"config/app.yaml\"."),

  /** A persistentVolumeClaim volume names its claim ({@code PVC_CLAIMNAME_REQUIRED}). */
  PVC_CLAIMNAME_REQUIRED(
      Severity.ERROR,
      Section.VOLUMES,
      "A persistentVolumeClaim volume sets claimName.",
      "The API server rejects a PVC volume without a claim name (Required value).",
      "Set persistentVolumeClaim.claimName to the PersistentVolumeClaim to mount."),

  /** A hostPath volume sets its path ({@code HOSTPATH_PATH_REQUIRED}). */
  HOSTPATH_PATH_REQUIRED(
      Severity.ERROR,
      Section.VOLUMES,
      "A hostPath volume sets hostPath.path.",
      "The API server rejects a hostPath volume without a path (Required value).",
      "Set hostPath.path to an absolute path on the node."),

  /**
   * A hostPath path has no {@code ..} element ({@code HOSTPATH_PATH_NO_BACKSTEPS}); the API server
   * does not require it to be absolute.
   */
  HOSTPATH_PATH_NO_BACKSTEPS(
      Severity.ERROR,
      Section.VOLUMES,
      "hostPath.path contains no '..' element.",
      "The API server rejects a host path that steps up with '..' (Invalid value).",
      "Write the host path in its clean, absolute form, e.g. /var/log instead of"
          + " /var/lib/../log."),

  /** A hostPath {@code type} is one of the supported values ({@code HOSTPATH_TYPE_ENUM}). */
  HOSTPATH_TYPE_ENUM(
      Severity.ERROR,
      Section.VOLUMES,
      "hostPath.type, when set, is \"\", DirectoryOrCreate, Directory, FileOrCreate, File,"
          + " Socket, CharDevice or BlockDevice.",
      "The API server rejects any other type (Unsupported value); values are case-sensitive.",
      "Use one of the supported types in exact case, e.g. DirectoryOrCreate."),

  /**
   * Each {@code projected.sources[*]} entry sets at most one of secret, configMap, downwardAPI,
   * serviceAccountToken, clusterTrustBundle, podCertificate ({@code
   * PROJECTED_ONE_KIND_PER_SOURCE}). An empty entry is only a warning.
   */
  PROJECTED_ONE_KIND_PER_SOURCE(
      Severity.ERROR,
      Section.VOLUMES,
      "Each projected source entry sets one kind of source.",
      "The API server rejects an entry with two kinds (Forbidden: may not specify more than 1"
          + " volume type).",
      "Split the entry: one list item per secret, configMap, downwardAPI or"
          + " serviceAccountToken."),

  /**
   * No two sources of a projected volume project the exact same path ({@code
   * PROJECTED_DUPLICATE_PATH}); reported at the {@code projected} field, as the API server does.
   * Overlapping prefixes are only a warning.
   */
  PROJECTED_DUPLICATE_PATH(
      Severity.ERROR,
      Section.VOLUMES,
      "The item paths of a projected volume's sources are distinct.",
      "The API server rejects two sources projecting the same file (Invalid value:"
          + " conflicting duplicate paths).",
      "Give each projected item its own path, or drop the duplicate."),

  /**
   * Projected secret and configMap sources name their object ({@code
   * PROJECTED_SOURCE_NAME_REQUIRED}).
   */
  PROJECTED_SOURCE_NAME_REQUIRED(
      Severity.ERROR,
      Section.VOLUMES,
      "Projected secret and configMap sources set name.",
      "The API server rejects a projected secret or configMap without a name (Required"
          + " value).",
      "Set name to the Secret or ConfigMap to project."),

  /**
   * A projected service account token has an expiry between 10 minutes and 2^32 seconds and a local
   * path ({@code PROJECTED_SA_TOKEN}). Path errors are reported at {@code projected.path}, without
   * the source index, as the API server does. An unset expiry is defaulted to 3600.
   */
  PROJECTED_SA_TOKEN(
      Severity.ERROR,
      Section.VOLUMES,
      "A projected serviceAccountToken has expirationSeconds between 600 and 2^32 and a"
          + " relative path without '..'.",
      "The API server rejects other expiries (Invalid value) and a missing (Required value) or"
          + " escaping (Invalid value) path.",
      "Set expirationSeconds to at least 600 (default 3600) and path to a relative file name"
          + " such as \"token\"."),

  /**
   * Each downward API volume file sets exactly one of {@code fieldRef} and {@code resourceFieldRef}
   * ({@code DOWNWARDAPI_VOL_ITEM_SOURCE}); reported under {@code downwardAPI} without the item
   * index, as the API server does.
   */
  DOWNWARDAPI_VOL_ITEM_SOURCE(
      Severity.ERROR,
      Section.VOLUMES,
      "Each downward API volume item sets exactly one of fieldRef and resourceFieldRef.",
      "The API server rejects an item with neither (Required value) or both (Invalid value).",
      "Set fieldRef for pod metadata or resourceFieldRef for container resources, not both."),

  /**
   * A downward API volume {@code fieldRef} selects pod metadata the volume form supports ({@code
   * DOWNWARDAPI_VOL_FIELDPATHS}): {@code metadata.name}, {@code metadata.namespace}, {@code
   * metadata.uid}, {@code metadata.labels}, {@code metadata.annotations}, or one label or
   * annotation by key. Fields such as {@code spec.nodeName} and {@code status.podIP} work in env
   * only. An unset {@code apiVersion} is defaulted to {@code v1}.
   */
  DOWNWARDAPI_VOL_FIELDPATHS(
      Severity.ERROR,
      Section.VOLUMES,
      "Downward API volume fieldRefs select metadata.name, metadata.namespace, metadata.uid,"
          + " metadata.labels, metadata.annotations or one label/annotation by key, with"
          + " apiVersion v1.",
      "The API server rejects a missing fieldPath (Required value), other field paths"
          + " (Unsupported value) and other API versions (Invalid value).",
      "Use one of the supported metadata paths, e.g. metadata.labels['app'];"
          + " expose spec.nodeName or status.podIP through env instead."),

  /**
   * A downward API volume {@code resourceFieldRef} names its container and a supported resource
   * ({@code DOWNWARDAPI_VOL_RESOURCEFIELDREF}). Unlike env, a volume cannot default the container.
   */
  DOWNWARDAPI_VOL_RESOURCEFIELDREF(
      Severity.ERROR,
      Section.VOLUMES,
      "Downward API volume resourceFieldRefs set containerName and a resource of"
          + " limits/requests cpu, memory, ephemeral-storage or hugepages-<size>.",
      "The API server rejects a missing containerName or resource (Required value) and other"
          + " resources (Unsupported value).",
      "Set containerName to the container whose resources to expose and resource to e.g."
          + " limits.memory."),

  /**
   * A CSI volume names its driver: non-empty, at most 63 characters, a DNS-1123 subdomain once
   * lowercased ({@code CSI_DRIVER_NAME}).
   */
  CSI_DRIVER_NAME(
      Severity.ERROR,
      Section.VOLUMES,
      "csi.driver is set, at most 63 characters, and a DNS-1123 subdomain (case-insensitive).",
      "The API server rejects a missing (Required value), too long (Too long) or malformed"
          + " (Invalid value) driver name.",
      "Use the driver's registered name, e.g. secrets-store.csi.k8s.io."),

  /**
   * A CSI volume's {@code nodePublishSecretRef}, when set, names a Secret by a DNS-1123 subdomain
   * ({@code CSI_NODE_PUBLISH_SECRET}).
   */
  CSI_NODE_PUBLISH_SECRET(
      Severity.ERROR,
      Section.VOLUMES,
      "csi.nodePublishSecretRef, when set, has a name that is a DNS-1123 subdomain.",
      "The API server rejects a missing (Required value) or malformed (Invalid value) Secret"
          + " name.",
      "Set nodePublishSecretRef.name to the Secret's name, or drop nodePublishSecretRef."),

  /** An ephemeral volume has a {@code volumeClaimTemplate} ({@code EPHEMERAL_VCT_REQUIRED}). */
  EPHEMERAL_VCT_REQUIRED(
      Severity.ERROR,
      Section.VOLUMES,
      "An ephemeral volume sets ephemeral.volumeClaimTemplate.",
      "The API server rejects an ephemeral volume without a claim template (Required value).",
      "Add volumeClaimTemplate with spec.accessModes and spec.resources.requests.storage."),

  /**
   * An ephemeral volume's claim template metadata sets only labels and annotations ({@code
   * EPHEMERAL_VCT_METADATA}). Fields are reported under the names the API server uses.
   */
  EPHEMERAL_VCT_METADATA(
      Severity.ERROR,
      Section.VOLUMES,
      "volumeClaimTemplate.metadata sets nothing but labels and annotations.",
      "The API server rejects any other metadata (Forbidden); the claim's name is derived from"
          + " the pod and volume names.",
      "Remove the field from volumeClaimTemplate.metadata; keep only labels and annotations."),

  /**
   * An ephemeral volume's claim template spec is a valid PersistentVolumeClaim spec ({@code
   * EPHEMERAL_VCT_SPEC}): at least one known access mode ({@code ReadWriteOncePod} alone), a
   * positive storage request, a known volume mode and a DNS-1123 subdomain storage class.
   */
  EPHEMERAL_VCT_SPEC(
      Severity.ERROR,
      Section.VOLUMES,
      "volumeClaimTemplate.spec has access modes, a positive storage request, a known"
          + " volumeMode and a valid storageClassName.",
      "The API server validates the template like a PersistentVolumeClaim and rejects the pod"
          + " when it is incomplete or malformed.",
      "Set spec.accessModes (e.g. [ReadWriteOnce]) and spec.resources.requests.storage (e.g."
          + " 1Gi).");

  private final RuleInfo info;

  VolumeRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case VOLUME_EXACTLY_ONE_SOURCE -> VolumeChecks.volumeExactlyOneSource(context, sink);
      case EMPTYDIR_SIZELIMIT_NEGATIVE -> VolumeChecks.emptyDirSizeLimitNegative(context, sink);
      case CONFIGMAP_VOL_NAME_REQUIRED -> VolumeChecks.configMapVolumeNameRequired(context, sink);
      case SECRET_VOL_NAME_REQUIRED -> VolumeChecks.secretVolumeNameRequired(context, sink);
      case VOLUME_FILE_MODE_RANGE -> VolumeChecks.volumeFileModeRange(context, sink);
      case KEYTOPATH_KEY_PATH_REQUIRED -> VolumeChecks.keyToPathKeyPathRequired(context, sink);
      case KEYTOPATH_PATH_LOCAL -> VolumeChecks.keyToPathPathLocal(context, sink);
      case PVC_CLAIMNAME_REQUIRED -> VolumeChecks.pvcClaimNameRequired(context, sink);
      case HOSTPATH_PATH_REQUIRED -> VolumeChecks.hostPathPathRequired(context, sink);
      case HOSTPATH_PATH_NO_BACKSTEPS -> VolumeChecks.hostPathPathNoBacksteps(context, sink);
      case HOSTPATH_TYPE_ENUM -> VolumeChecks.hostPathTypeEnum(context, sink);
      case PROJECTED_ONE_KIND_PER_SOURCE -> {
        if (anyProjectedOrDownwardApi(context)) {
          ProjectedVolumeChecks.projectedOneKindPerSource(context, sink);
        }
      }
      case PROJECTED_DUPLICATE_PATH -> {
        if (anyProjectedOrDownwardApi(context)) {
          ProjectedVolumeChecks.projectedDuplicatePath(context, sink);
        }
      }
      case PROJECTED_SOURCE_NAME_REQUIRED -> {
        if (anyProjectedOrDownwardApi(context)) {
          ProjectedVolumeChecks.projectedSourceNameRequired(context, sink);
        }
      }
      case PROJECTED_SA_TOKEN -> {
        if (anyProjectedOrDownwardApi(context)) {
          ProjectedVolumeChecks.projectedServiceAccountToken(context, sink);
        }
      }
      case DOWNWARDAPI_VOL_ITEM_SOURCE -> {
        if (anyProjectedOrDownwardApi(context)) {
          ProjectedVolumeChecks.downwardApiVolumeItemSource(context, sink);
        }
      }
      case DOWNWARDAPI_VOL_FIELDPATHS -> {
        if (anyProjectedOrDownwardApi(context)) {
          ProjectedVolumeChecks.downwardApiVolumeFieldPaths(context, sink);
        }
      }
      case DOWNWARDAPI_VOL_RESOURCEFIELDREF -> {
        if (anyProjectedOrDownwardApi(context)) {
          ProjectedVolumeChecks.downwardApiVolumeResourceFieldRef(context, sink);
        }
      }
      case CSI_DRIVER_NAME -> {
        if (anyCsiOrEphemeral(context)) {
          DriverVolumeChecks.csiDriverName(context, sink);
        }
      }
      case CSI_NODE_PUBLISH_SECRET -> {
        if (anyCsiOrEphemeral(context)) {
          DriverVolumeChecks.csiNodePublishSecret(context, sink);
        }
      }
      case EPHEMERAL_VCT_REQUIRED -> {
        if (anyCsiOrEphemeral(context)) {
          DriverVolumeChecks.ephemeralVolumeClaimTemplateRequired(context, sink);
        }
      }
      case EPHEMERAL_VCT_METADATA -> {
        if (anyCsiOrEphemeral(context)) {
          DriverVolumeChecks.ephemeralVolumeClaimTemplateMetadata(context, sink);
        }
      }
      case EPHEMERAL_VCT_SPEC -> {
        if (anyCsiOrEphemeral(context)) {
          DriverVolumeChecks.ephemeralVolumeClaimTemplateSpec(context, sink);
        }
      }
    }
  }

  // The projected, downwardAPI, CSI and ephemeral volume checks report nothing for a pod without
  // such a volume; testing here keeps their classes unloaded for one (cold start).

  private static boolean anyProjectedOrDownwardApi(PodSpecContext context) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getProjected() != null || at.volume().getDownwardAPI() != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyCsiOrEphemeral(PodSpecContext context) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getCsi() != null || at.volume().getEphemeral() != null) {
        return true;
      }
    }
    return false;
  }
}
