package dev.podwright.emit;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.Collection;
import java.util.Map;

/**
 * Unset stays unset: the official models start every list and map empty, Kubernetes omits empty
 * ones, so emitted objects carry null where nothing is set.
 */
final class Canonical {

  private Canonical() {}

  static <T extends Collection<?>> T orNull(T values) {
    return values == null || values.isEmpty() ? null : values;
  }

  static <T extends Map<?, ?>> T orNull(T values) {
    return values == null || values.isEmpty() ? null : values;
  }

  static V1Container clean(V1Container container) {
    container.setArgs(orNull(container.getArgs()));
    container.setCommand(orNull(container.getCommand()));
    container.setEnv(orNull(container.getEnv()));
    container.setEnvFrom(orNull(container.getEnvFrom()));
    container.setPorts(orNull(container.getPorts()));
    container.setResizePolicy(orNull(container.getResizePolicy()));
    container.setRestartPolicyRules(orNull(container.getRestartPolicyRules()));
    container.setVolumeDevices(orNull(container.getVolumeDevices()));
    container.setVolumeMounts(orNull(container.getVolumeMounts()));
    return container;
  }

  static V1PodSpec clean(V1PodSpec spec) {
    spec.setContainers(orNull(spec.getContainers()));
    spec.setEphemeralContainers(orNull(spec.getEphemeralContainers()));
    spec.setHostAliases(orNull(spec.getHostAliases()));
    spec.setImagePullSecrets(orNull(spec.getImagePullSecrets()));
    spec.setInitContainers(orNull(spec.getInitContainers()));
    spec.setNodeSelector(orNull(spec.getNodeSelector()));
    spec.setOverhead(orNull(spec.getOverhead()));
    spec.setReadinessGates(orNull(spec.getReadinessGates()));
    spec.setResourceClaims(orNull(spec.getResourceClaims()));
    spec.setSchedulingGates(orNull(spec.getSchedulingGates()));
    spec.setTolerations(orNull(spec.getTolerations()));
    spec.setTopologySpreadConstraints(orNull(spec.getTopologySpreadConstraints()));
    spec.setVolumes(orNull(spec.getVolumes()));
    return spec;
  }
}
