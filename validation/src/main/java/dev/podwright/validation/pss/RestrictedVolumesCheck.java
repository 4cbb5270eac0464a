package dev.podwright.validation.pss;

import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restricted: volumes may only be configMap, csi, downwardAPI, emptyDir, ephemeral, image,
 * persistentVolumeClaim, projected or secret. A volume with no source is defaulted to emptyDir and
 * passes.
 */
public final class RestrictedVolumesCheck extends PodSecurityCheck {

  /** Creates the check. */
  public RestrictedVolumesCheck() {
    super(
        "restrictedVolumes",
        PodSecurityLevel.RESTRICTED,
        "PSS_RESTRICTED_VOLUMES",
        "Volumes may only be configMap, csi, downwardAPI, emptyDir, ephemeral, image,"
            + " persistentVolumeClaim, projected or secret.",
        "Replace the volume with an allowed type (e.g. a PersistentVolumeClaim or a CSI volume).");
  }

  @Override
  void evaluate(PodView pod, ViolationSink sink) {
    List<V1Volume> volumes = pod.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume v = volumes.get(i);
      if (v == null) {
        continue;
      }
      for (String type : forbiddenSources(v).keySet()) {
        sink.report(
            pod.root().child("volumes").index(i).child(type),
            type,
            "restricted volume types (volume "
                + quote(String.valueOf(v.getName()))
                + " uses restricted volume type "
                + quote(type)
                + ")");
      }
    }
  }

  private static Map<String, Object> forbiddenSources(V1Volume v) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("hostPath", v.getHostPath());
    all.put("gcePersistentDisk", v.getGcePersistentDisk());
    all.put("awsElasticBlockStore", v.getAwsElasticBlockStore());
    all.put("gitRepo", v.getGitRepo());
    all.put("nfs", v.getNfs());
    all.put("iscsi", v.getIscsi());
    all.put("glusterfs", v.getGlusterfs());
    all.put("rbd", v.getRbd());
    all.put("flexVolume", v.getFlexVolume());
    all.put("cinder", v.getCinder());
    all.put("cephfs", v.getCephfs());
    all.put("flocker", v.getFlocker());
    all.put("fc", v.getFc());
    all.put("azureFile", v.getAzureFile());
    all.put("vsphereVolume", v.getVsphereVolume());
    all.put("quobyte", v.getQuobyte());
    all.put("azureDisk", v.getAzureDisk());
    all.put("photonPersistentDisk", v.getPhotonPersistentDisk());
    all.put("portworxVolume", v.getPortworxVolume());
    all.put("scaleIO", v.getScaleIO());
    all.put("storageos", v.getStorageos());
    all.values().removeIf(java.util.Objects::isNull);
    return all;
  }
}
