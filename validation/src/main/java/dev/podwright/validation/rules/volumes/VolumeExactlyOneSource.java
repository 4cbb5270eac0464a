package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
      List<String> set = new ArrayList<>();
      for (Map.Entry<String, Object> source : sources(at.volume()).entrySet()) {
        if (source.getValue() != null) {
          set.add(source.getKey());
        }
      }
      for (int k = 1; k < set.size(); k++) {
        sink.report(
            at.path().child(set.get(k)),
            null,
            "Forbidden: may not specify more than 1 volume type; volume \""
                + at.volume().getName()
                + "\" sets "
                + String.join(", ", set)
                + ".");
      }
    }
  }

  /** Every source field, in the API server's checking order. */
  private static Map<String, Object> sources(V1Volume v) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("emptyDir", v.getEmptyDir());
    all.put("hostPath", v.getHostPath());
    all.put("gitRepo", v.getGitRepo());
    all.put("gcePersistentDisk", v.getGcePersistentDisk());
    all.put("awsElasticBlockStore", v.getAwsElasticBlockStore());
    all.put("secret", v.getSecret());
    all.put("nfs", v.getNfs());
    all.put("iscsi", v.getIscsi());
    all.put("glusterfs", v.getGlusterfs());
    all.put("flocker", v.getFlocker());
    all.put("persistentVolumeClaim", v.getPersistentVolumeClaim());
    all.put("rbd", v.getRbd());
    all.put("cinder", v.getCinder());
    all.put("cephfs", v.getCephfs());
    all.put("quobyte", v.getQuobyte());
    all.put("downwardAPI", v.getDownwardAPI());
    all.put("fc", v.getFc());
    all.put("flexVolume", v.getFlexVolume());
    all.put("configMap", v.getConfigMap());
    all.put("azureFile", v.getAzureFile());
    all.put("vsphereVolume", v.getVsphereVolume());
    all.put("photonPersistentDisk", v.getPhotonPersistentDisk());
    all.put("portworxVolume", v.getPortworxVolume());
    all.put("azureDisk", v.getAzureDisk());
    all.put("storageos", v.getStorageos());
    all.put("projected", v.getProjected());
    all.put("scaleIO", v.getScaleIO());
    all.put("csi", v.getCsi());
    all.put("ephemeral", v.getEphemeral());
    all.put("image", v.getImage());
    return all;
  }
}
