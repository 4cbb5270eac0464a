package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.model.DownwardApiItem;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Volume;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1CSIVolumeSource;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EphemeralVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimTemplate;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Volume} into a fresh {@link V1Volume} with exactly one source, in canonical form
 * (unset stays unset, quantities canonical; raw official values are canonicalised).
 */
final class VolumeConverter {

  private VolumeConverter() {}

  static V1Volume toV1(Volume volume) {
    V1Volume v1 = new V1Volume().name(volume.name());
    if (volume instanceof Volume.EmptyDir emptyDir) {
      V1EmptyDirVolumeSource source = new V1EmptyDirVolumeSource();
      source.setMedium(
          emptyDir.medium() == null || emptyDir.medium().value().isEmpty()
              ? null
              : emptyDir.medium().value());
      source.setSizeLimit(Quantities.canonical(emptyDir.sizeLimit()));
      v1.setEmptyDir(source);
    } else if (volume instanceof Volume.ConfigMap configMap) {
      V1ConfigMapVolumeSource source =
          new V1ConfigMapVolumeSource().name(configMap.configMapName());
      source.setItems(items(configMap.items()));
      source.setDefaultMode(configMap.defaultMode());
      source.setOptional(configMap.optional());
      v1.setConfigMap(source);
    } else if (volume instanceof Volume.Secret secret) {
      V1SecretVolumeSource source = new V1SecretVolumeSource().secretName(secret.secretName());
      source.setItems(items(secret.items()));
      source.setDefaultMode(secret.defaultMode());
      source.setOptional(secret.optional());
      v1.setSecret(source);
    } else if (volume instanceof Volume.PersistentVolumeClaim claim) {
      v1.setPersistentVolumeClaim(
          new V1PersistentVolumeClaimVolumeSource()
              .claimName(claim.claimName())
              .readOnly(claim.readOnly() ? Boolean.TRUE : null));
    } else if (volume instanceof Volume.HostPath hostPath) {
      V1HostPathVolumeSource source = new V1HostPathVolumeSource().path(hostPath.path());
      source.setType(
          hostPath.hostPathType() == null || hostPath.hostPathType().value().isEmpty()
              ? null
              : hostPath.hostPathType().value());
      v1.setHostPath(source);
    } else if (volume instanceof Volume.Projected projected) {
      V1ProjectedVolumeSource source = new V1ProjectedVolumeSource();
      List<V1VolumeProjection> sources = new ArrayList<>(projected.sources().size());
      for (V1VolumeProjection projection : projected.sources()) {
        sources.add(KubernetesModels.canonicalize(projection));
      }
      source.setSources(Canonical.orNull(sources));
      source.setDefaultMode(projected.defaultMode());
      v1.setProjected(source);
    } else if (volume instanceof Volume.DownwardApi downwardApi) {
      V1DownwardAPIVolumeSource source = new V1DownwardAPIVolumeSource();
      source.setItems(downwardApiFiles(downwardApi.items()));
      source.setDefaultMode(downwardApi.defaultMode());
      v1.setDownwardAPI(source);
    } else if (volume instanceof Volume.Csi csi) {
      V1CSIVolumeSource source = new V1CSIVolumeSource().driver(csi.driver());
      source.setReadOnly(csi.readOnly());
      source.setFsType(csi.fsType());
      source.setVolumeAttributes(
          csi.volumeAttributes().isEmpty() ? null : new LinkedHashMap<>(csi.volumeAttributes()));
      if (csi.nodePublishSecretName() != null) {
        source.setNodePublishSecretRef(
            new V1LocalObjectReference().name(csi.nodePublishSecretName()));
      }
      v1.setCsi(source);
    } else if (volume instanceof Volume.Ephemeral ephemeral) {
      v1.setEphemeral(ephemeral(ephemeral));
    } else if (volume instanceof Volume.Raw raw) {
      return KubernetesModels.canonicalize(raw.volume());
    }
    return v1;
  }

  private static V1EphemeralVolumeSource ephemeral(Volume.Ephemeral ephemeral) {
    V1PersistentVolumeClaimSpec claim = new V1PersistentVolumeClaimSpec();
    claim.setAccessModes(Canonical.orNull(new ArrayList<>(ephemeral.accessModes())));
    claim.setStorageClassName(ephemeral.storageClassName());
    if (ephemeral.size() != null) {
      Map<String, Quantity> requests = new LinkedHashMap<>();
      requests.put("storage", Quantities.canonical(ephemeral.size()));
      V1VolumeResourceRequirements resources = new V1VolumeResourceRequirements();
      resources.setRequests(requests);
      resources.setLimits(null);
      claim.setResources(resources);
    }
    return new V1EphemeralVolumeSource()
        .volumeClaimTemplate(new V1PersistentVolumeClaimTemplate().spec(claim));
  }

  private static List<V1KeyToPath> items(List<KeyToPath> items) {
    if (items.isEmpty()) {
      return null;
    }
    List<V1KeyToPath> out = new ArrayList<>(items.size());
    for (KeyToPath item : items) {
      out.add(new V1KeyToPath().key(item.key()).path(item.path()).mode(item.mode()));
    }
    return out;
  }

  private static List<V1DownwardAPIVolumeFile> downwardApiFiles(List<DownwardApiItem> items) {
    if (items.isEmpty()) {
      return null;
    }
    List<V1DownwardAPIVolumeFile> out = new ArrayList<>(items.size());
    for (DownwardApiItem item : items) {
      out.add(downwardApiFile(item));
    }
    return out;
  }

  private static V1DownwardAPIVolumeFile downwardApiFile(DownwardApiItem item) {
    V1DownwardAPIVolumeFile file = new V1DownwardAPIVolumeFile().path(item.path());
    file.setMode(item.mode());
    if (item.fieldPath() != null || item.apiVersion() != null) {
      file.setFieldRef(
          new V1ObjectFieldSelector().fieldPath(item.fieldPath()).apiVersion(item.apiVersion()));
    }
    if (item.resource() != null || item.containerName() != null || item.divisor() != null) {
      file.setResourceFieldRef(
          new V1ResourceFieldSelector()
              .containerName(item.containerName())
              .resource(item.resource())
              .divisor(Quantities.canonical(item.divisor())));
    }
    return file;
  }
}
