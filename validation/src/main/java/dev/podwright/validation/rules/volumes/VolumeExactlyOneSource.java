package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * A volume has at most one source ({@code VOLUME_EXACTLY_ONE_SOURCE}). A volume with none is
 * defaulted to {@code emptyDir: {}} by the API server, so that is not an error. Every source after
 * the first (in the API server's checking order) is reported at its own path.
 */
public final class VolumeExactlyOneSource implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "VOLUME_EXACTLY_ONE_SOURCE",
          Severity.ERROR,
          VolumeRules.SECTION,
          "Each volume sets at most one source (emptyDir, configMap, secret, hostPath, ...).",
          "The API server rejects a volume with two sources (Forbidden: may not specify more than"
              + " 1 volume type).",
          "Keep one source per volume; declare a second volume for the other source (or use a"
              + " projected volume to combine configMaps, secrets and downward API data).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
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
}
