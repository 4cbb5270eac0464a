package dev.podwright.validation.rules.volumes;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Volume;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks behind {@link VolumeRule}, one static method per rule, and their helpers: {@code
 * VOLUME_EXACTLY_ONE_SOURCE}, {@code EMPTYDIR_SIZELIMIT_NEGATIVE}, {@code
 * CONFIGMAP_VOL_NAME_REQUIRED}, {@code SECRET_VOL_NAME_REQUIRED}, {@code VOLUME_FILE_MODE_RANGE},
 * {@code KEYTOPATH_KEY_PATH_REQUIRED}, {@code KEYTOPATH_PATH_LOCAL}, {@code
 * PVC_CLAIMNAME_REQUIRED}, {@code HOSTPATH_PATH_REQUIRED}, {@code HOSTPATH_PATH_NO_BACKSTEPS},
 * {@code HOSTPATH_TYPE_ENUM}.
 */
final class VolumeChecks {

  /** Every source field, in the API server's checking order. */
  private static final String[] SOURCES = {
    "emptyDir",
    "hostPath",
    "gitRepo",
    "gcePersistentDisk",
    "awsElasticBlockStore",
    "secret",
    "nfs",
    "iscsi",
    "glusterfs",
    "flocker",
    "persistentVolumeClaim",
    "rbd",
    "cinder",
    "cephfs",
    "quobyte",
    "downwardAPI",
    "fc",
    "flexVolume",
    "configMap",
    "azureFile",
    "vsphereVolume",
    "photonPersistentDisk",
    "portworxVolume",
    "azureDisk",
    "storageos",
    "projected",
    "scaleIO",
    "csi",
    "ephemeral",
    "image"
  };

  private static final int MAX_MODE = 0777;

  private static final List<String> SUPPORTED =
      List.of(
          "",
          "BlockDevice",
          "CharDevice",
          "Directory",
          "DirectoryOrCreate",
          "File",
          "FileOrCreate",
          "Socket");

  private VolumeChecks() {}

  /** Checks {@link VolumeRule#VOLUME_EXACTLY_ONE_SOURCE}. */
  static void volumeExactlyOneSource(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      V1Volume volume = at.volume();
      int count = 0;
      for (int k = 0; k < SOURCES.length; k++) {
        if (source(volume, k) != null) {
          count++;
        }
      }
      if (count < 2) {
        continue;
      }
      List<String> set = new ArrayList<>(count);
      for (int k = 0; k < SOURCES.length; k++) {
        if (source(volume, k) != null) {
          set.add(SOURCES[k]);
        }
      }
      for (int k = 1; k < set.size(); k++) {
        sink.report(
            at.path().child(set.get(k)),
            null,
            "Forbidden: may not specify more than 1 volume type; volume \""
                + volume.getName()
                + "\" sets "
                + String.join(", ", set)
                + ".");
      }
    }
  }

  /** Checks {@link VolumeRule#EMPTYDIR_SIZELIMIT_NEGATIVE}. */
  static void emptyDirSizeLimitNegative(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getEmptyDir() == null) {
        continue;
      }
      Quantity limit = at.volume().getEmptyDir().getSizeLimit();
      Optional<BigDecimal> value = Quantities.value(limit);
      if (value.isPresent() && value.get().compareTo(BigDecimal.ZERO) < 0) {
        sink.report(
            at.path().child("emptyDir").child("sizeLimit"),
            limit.toSuffixedString(),
            "Forbidden: SizeLimit field must be a valid resource quantity; \""
                + limit.toSuffixedString()
                + "\" is negative.");
      }
    }
  }

  /** Checks {@link VolumeRule#CONFIGMAP_VOL_NAME_REQUIRED}. */
  static void configMapVolumeNameRequired(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getConfigMap() != null
          && VolumeEntries.isEmpty(at.volume().getConfigMap().getName())) {
        sink.report(
            at.path().child("configMap").child("name"),
            null,
            "Required value: configMap volume \""
                + at.volume().getName()
                + "\" names no ConfigMap.");
      }
    }
  }

  /** Checks {@link VolumeRule#SECRET_VOL_NAME_REQUIRED}. */
  static void secretVolumeNameRequired(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getSecret() != null
          && VolumeEntries.isEmpty(at.volume().getSecret().getSecretName())) {
        sink.report(
            at.path().child("secret").child("secretName"),
            null,
            "Required value: secret volume \"" + at.volume().getName() + "\" names no Secret.");
      }
    }
  }

  /** Checks {@link VolumeRule#VOLUME_FILE_MODE_RANGE}. */
  static void volumeFileModeRange(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      V1Volume volume = at.volume();
      if (volume.getSecret() != null) {
        mode(sink, at.path(), "secret", "defaultMode", volume.getSecret().getDefaultMode());
      }
      if (volume.getConfigMap() != null) {
        mode(sink, at.path(), "configMap", "defaultMode", volume.getConfigMap().getDefaultMode());
      }
      if (volume.getDownwardAPI() != null) {
        mode(
            sink,
            at.path(),
            "downwardAPI",
            "defaultMode",
            volume.getDownwardAPI().getDefaultMode());
      }
      if (volume.getProjected() != null) {
        mode(sink, at.path(), "projected", "defaultMode", volume.getProjected().getDefaultMode());
      }
      for (VolumeEntries.Item item : VolumeEntries.items(at)) {
        mode(sink, item.path(), "mode", null, item.item().getMode());
      }
      for (VolumeEntries.DownwardFile file : VolumeEntries.downwardFiles(at)) {
        mode(sink, file.path(), "mode", null, file.file().getMode());
      }
    }
  }

  /** Checks {@link VolumeRule#KEYTOPATH_KEY_PATH_REQUIRED}. */
  static void keyToPathKeyPathRequired(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      for (VolumeEntries.Item item : VolumeEntries.items(at)) {
        if (VolumeEntries.isEmpty(item.item().getKey())) {
          sink.report(
              item.path().child("key"), null, "Required value: " + item.path() + " has no key.");
        }
        if (VolumeEntries.isEmpty(item.item().getPath())) {
          sink.report(
              item.path().child("path"), null, "Required value: " + item.path() + " has no path.");
        }
      }
      for (VolumeEntries.DownwardFile file : VolumeEntries.downwardFiles(at)) {
        if (VolumeEntries.isEmpty(file.file().getPath())) {
          sink.report(
              file.path().child("path"),
              null,
              "Required value: downward API item #" + file.index() + " has no path.");
        }
      }
    }
  }

  /** Checks {@link VolumeRule#KEYTOPATH_PATH_LOCAL}. */
  static void keyToPathPathLocal(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      for (VolumeEntries.Item item : VolumeEntries.items(at)) {
        check(sink, item.path(), item.item().getPath());
      }
      for (VolumeEntries.DownwardFile file : VolumeEntries.downwardFiles(at)) {
        check(sink, file.path(), file.file().getPath());
      }
    }
  }

  /** Checks {@link VolumeRule#PVC_CLAIMNAME_REQUIRED}. */
  static void pvcClaimNameRequired(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getPersistentVolumeClaim() != null
          && VolumeEntries.isEmpty(at.volume().getPersistentVolumeClaim().getClaimName())) {
        sink.report(
            at.path().child("persistentVolumeClaim").child("claimName"),
            null,
            "Required value: persistentVolumeClaim volume \""
                + at.volume().getName()
                + "\" names no claim.");
      }
    }
  }

  /** Checks {@link VolumeRule#HOSTPATH_PATH_REQUIRED}. */
  static void hostPathPathRequired(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getHostPath() != null
          && VolumeEntries.isEmpty(at.volume().getHostPath().getPath())) {
        sink.report(
            at.path().child("hostPath").child("path"),
            null,
            "Required value: hostPath volume \"" + at.volume().getName() + "\" has no path.");
      }
    }
  }

  /** Checks {@link VolumeRule#HOSTPATH_PATH_NO_BACKSTEPS}. */
  static void hostPathPathNoBacksteps(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getHostPath() == null) {
        continue;
      }
      String path = at.volume().getHostPath().getPath();
      if (LocalPaths.hasBackstep(path)) {
        sink.report(
            at.path().child("hostPath").child("path"),
            path,
            "Invalid value: \"" + path + "\": must not contain '..'.");
      }
    }
  }

  /** Checks {@link VolumeRule#HOSTPATH_TYPE_ENUM}. */
  static void hostPathTypeEnum(PodSpecContext context, ViolationSink sink) {
    for (VolumeEntries.At at : VolumeEntries.volumes(context)) {
      if (at.volume().getHostPath() == null) {
        continue;
      }
      String type = at.volume().getHostPath().getType();
      if (type != null && !SUPPORTED.contains(type)) {
        sink.report(
            at.path().child("hostPath").child("type"),
            type,
            "Unsupported value: \""
                + type
                + "\": supported values: "
                + VolumeEntries.quoted(SUPPORTED)
                + ".");
      }
    }
  }

  /** The source {@code SOURCES[k]} of the volume, or null. */
  private static Object source(V1Volume v, int k) {
    switch (k) {
      case 0:
        return v.getEmptyDir();
      case 1:
        return v.getHostPath();
      case 2:
        return v.getGitRepo();
      case 3:
        return v.getGcePersistentDisk();
      case 4:
        return v.getAwsElasticBlockStore();
      case 5:
        return v.getSecret();
      case 6:
        return v.getNfs();
      case 7:
        return v.getIscsi();
      case 8:
        return v.getGlusterfs();
      case 9:
        return v.getFlocker();
      case 10:
        return v.getPersistentVolumeClaim();
      case 11:
        return v.getRbd();
      case 12:
        return v.getCinder();
      case 13:
        return v.getCephfs();
      case 14:
        return v.getQuobyte();
      case 15:
        return v.getDownwardAPI();
      case 16:
        return v.getFc();
      case 17:
        return v.getFlexVolume();
      case 18:
        return v.getConfigMap();
      case 19:
        return v.getAzureFile();
      case 20:
        return v.getVsphereVolume();
      case 21:
        return v.getPhotonPersistentDisk();
      case 22:
        return v.getPortworxVolume();
      case 23:
        return v.getAzureDisk();
      case 24:
        return v.getStorageos();
      case 25:
        return v.getProjected();
      case 26:
        return v.getScaleIO();
      case 27:
        return v.getCsi();
      case 28:
        return v.getEphemeral();
      case 29:
        return v.getImage();
      default:
        return null;
    }
  }

  /** Reports a mode out of range at {@code owner.field} or {@code owner.field.subfield}. */
  private static void mode(
      ViolationSink sink, FieldPath owner, String field, String subfield, Integer mode) {
    if (mode != null && (mode < 0 || mode > MAX_MODE)) {
      FieldPath path = owner.child(field);
      sink.report(
          subfield == null ? path : path.child(subfield),
          mode,
          "Invalid value: "
              + mode
              + ": must be a number between 0 and 0777 (octal), both inclusive"
              + (mode > MAX_MODE
                  ? " (" + mode + " is octal 0" + Integer.toOctalString(mode) + ")"
                  : "")
              + ".");
    }
  }

  /** Checks the {@code path} field of the item or file at {@code owner}. */
  private static void check(ViolationSink sink, FieldPath owner, String value) {
    if (value == null) {
      return;
    }
    for (String error : LocalPaths.localNonReservedPathErrors(value)) {
      sink.report(owner.child("path"), value, "Invalid value: \"" + value + "\": " + error + ".");
    }
  }
}
