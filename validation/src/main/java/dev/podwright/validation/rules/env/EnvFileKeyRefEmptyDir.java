package dev.podwright.validation.rules.env;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;

/**
 * The volume a {@code fileKeyRef} reads from exists and is an {@code emptyDir} ({@code
 * ENV_FILEKEYREF_EMPTYDIR}); from Kubernetes 1.35.
 */
public final class EnvFileKeyRefEmptyDir implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_FILEKEYREF_EMPTYDIR",
          Severity.ERROR,
          "E. Environment variables",
          "The volume of a fileKeyRef is declared in spec.volumes and is an emptyDir.",
          "From 1.35 the API server rejects a fileKeyRef to a missing volume (Not found) or to a non-emptyDir volume (Invalid value).",
          "Declare an emptyDir volume with that name and let an init container write the env file into it.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
