package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;

/**
 * Restricted: volumes may only be configMap, csi, downwardAPI, emptyDir, ephemeral, image,
 * persistentVolumeClaim, projected or secret. A volume with no source is defaulted to emptyDir and
 * passes.
 */
final class RestrictedVolumesCheck {

  private RestrictedVolumesCheck() {}

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    List<V1Volume> volumes = pod.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume v = volumes.get(i);
      if (v == null) {
        continue;
      }
      for (int k = 0; k < FORBIDDEN.length; k++) {
        if (source(v, k) == null) {
          continue;
        }
        String type = FORBIDDEN[k];
        sink.report(
            pod.root().child("volumes").index(i).child(type),
            type,
            "restricted volume types (volume "
                + PodView.quote(String.valueOf(v.getName()))
                + " uses restricted volume type "
                + PodView.quote(type)
                + ")");
      }
    }
  }

  /** The forbidden source fields, in reporting order. */
  private static final String[] FORBIDDEN = {
    "hostPath",
    "gcePersistentDisk",
    "awsElasticBlockStore",
    "gitRepo",
    "nfs",
    "iscsi",
    "glusterfs",
    "rbd",
    "flexVolume",
    "cinder",
    "cephfs",
    "flocker",
    "fc",
    "azureFile",
    "vsphereVolume",
    "quobyte",
    "azureDisk",
    "photonPersistentDisk",
    "portworxVolume",
    "scaleIO",
    "storageos"
  };

  /** The source {@code FORBIDDEN[k]} of the volume, or null. */
  private static Object source(V1Volume v, int k) {
    switch (k) {
      case 0:
        return v.getHostPath();
      case 1:
        return v.getGcePersistentDisk();
      case 2:
        return v.getAwsElasticBlockStore();
      case 3:
        return v.getGitRepo();
      case 4:
        return v.getNfs();
      case 5:
        return v.getIscsi();
      case 6:
        return v.getGlusterfs();
      case 7:
        return v.getRbd();
      case 8:
        return v.getFlexVolume();
      case 9:
        return v.getCinder();
      case 10:
        return v.getCephfs();
      case 11:
        return v.getFlocker();
      case 12:
        return v.getFc();
      case 13:
        return v.getAzureFile();
      case 14:
        return v.getVsphereVolume();
      case 15:
        return v.getQuobyte();
      case 16:
        return v.getAzureDisk();
      case 17:
        return v.getPhotonPersistentDisk();
      case 18:
        return v.getPortworxVolume();
      case 19:
        return v.getScaleIO();
      case 20:
        return v.getStorageos();
      default:
        return null;
    }
  }
}
