package dev.podwright.validation.rules.env;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;
import java.util.Optional;

/**
 * The checks behind {@link EnvRule} on {@code fileKeyRef} env values (env files): {@code
 * ENV_FILEKEYREF_FIELDS}, {@code ENV_FILEKEYREF_EMPTYDIR}.
 */
final class EnvFileRefChecks {

  private EnvFileRefChecks() {}

  /** Checks {@link EnvRule#ENV_FILEKEYREF_FIELDS}. */
  static void envFileKeyRefFields(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(EnvEntries.ENV_FILES)) {
      return;
    }
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1FileKeySelector ref = from == null ? null : from.getFileKeyRef();
      if (ref == null) {
        continue;
      }
      String envName = env.var().getName();
      String key = ref.getKey();
      if (EnvEntries.isEmpty(key)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "key"),
            null,
            "fileKeyRef of env \"" + envName + "\" has no key");
      } else {
        Optional<String> problem = KubeIdentifiers.envVarName(key, true);
        if (problem.isPresent()) {
          sink.report(
              envFileKeyRefFieldsPath(env, "key"),
              key,
              "fileKeyRef key \"" + key + "\" of env \"" + envName + "\" " + problem.get());
        }
      }
      String volume = ref.getVolumeName();
      if (EnvEntries.isEmpty(volume)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "volumeName"),
            null,
            "fileKeyRef of env \"" + envName + "\" names no volume");
      } else if (!DnsNames.isDns1123Label(volume)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "volumeName"),
            volume,
            "fileKeyRef volumeName \""
                + volume
                + "\" of env \""
                + envName
                + "\" is not a lowercase DNS-1123 label");
      }
      String file = ref.getPath();
      if (EnvEntries.isEmpty(file)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "path"),
            null,
            "fileKeyRef of env \"" + envName + "\" has no path");
      } else if (LocalPaths.hasBackstep(file)) {
        sink.report(
            envFileKeyRefFieldsPath(env, "path"),
            file,
            "fileKeyRef path \"" + file + "\" of env \"" + envName + "\" must not contain '..'");
      }
    }
  }

  /** Checks {@link EnvRule#ENV_FILEKEYREF_EMPTYDIR}. */
  static void envFileKeyRefEmptyDir(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(EnvEntries.ENV_FILES)) {
      return;
    }
    List<V1Volume> volumes = context.spec().getVolumes();
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1FileKeySelector ref = from == null ? null : from.getFileKeyRef();
      if (ref == null || EnvEntries.isEmpty(ref.getVolumeName())) {
        continue;
      }
      String name = ref.getVolumeName();
      V1Volume volume = find(volumes, name);
      if (volume == null) {
        sink.report(
            env.valueFromPath().child("fileKeyRef").child("volumeName"),
            name,
            "fileKeyRef of env \""
                + env.var().getName()
                + "\" names volume \""
                + name
                + "\", which is not in spec.volumes");
      } else if (!isEmptyDir(volume)) {
        sink.report(
            env.valueFromPath().child("fileKeyRef").child("volumeName"),
            name,
            "fileKeyRef of env \""
                + env.var().getName()
                + "\" names volume \""
                + name
                + "\", which is not an emptyDir; the referenced volume must be of type emptyDir");
      }
    }
  }

  /** The path of a field of an env entry's {@code valueFrom.fileKeyRef}. */
  private static FieldPath envFileKeyRefFieldsPath(EnvEntries.Env env, String field) {
    return env.valueFromPath().child("fileKeyRef").child(field);
  }

  private static V1Volume find(List<V1Volume> volumes, String name) {
    if (volumes == null) {
      return null;
    }
    for (V1Volume volume : volumes) {
      if (volume != null && name.equals(volume.getName())) {
        return volume;
      }
    }
    return null;
  }

  /** An emptyDir, or a volume with no source at all (which the API server defaults to one). */
  private static boolean isEmptyDir(V1Volume v) {
    if (v.getEmptyDir() != null) {
      return true;
    }
    Object[] sources = {
      v.getAwsElasticBlockStore(),
      v.getAzureDisk(),
      v.getAzureFile(),
      v.getCephfs(),
      v.getCinder(),
      v.getConfigMap(),
      v.getCsi(),
      v.getDownwardAPI(),
      v.getEphemeral(),
      v.getFc(),
      v.getFlexVolume(),
      v.getFlocker(),
      v.getGcePersistentDisk(),
      v.getGitRepo(),
      v.getGlusterfs(),
      v.getHostPath(),
      v.getImage(),
      v.getIscsi(),
      v.getNfs(),
      v.getPersistentVolumeClaim(),
      v.getPhotonPersistentDisk(),
      v.getPortworxVolume(),
      v.getProjected(),
      v.getQuobyte(),
      v.getRbd(),
      v.getScaleIO(),
      v.getSecret(),
      v.getStorageos(),
      v.getVsphereVolume()
    };
    for (Object source : sources) {
      if (source != null) {
        return false;
      }
    }
    return true;
  }
}
