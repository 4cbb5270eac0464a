package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a Pod Security check sees: the pod's annotations, its spec and every container (init,
 * regular and ephemeral, as PSA visits them), with their paths.
 */
record PodView(
    Map<String, String> annotations,
    FieldPath annotationsPath,
    V1PodSpec spec,
    FieldPath root,
    KubernetesVersion version,
    List<PodContainer> containers) {

  static PodView of(
      Map<String, String> annotations,
      FieldPath metadataPath,
      V1PodSpec spec,
      FieldPath root,
      KubernetesVersion version) {
    V1PodSpec safe = spec == null ? new V1PodSpec() : spec;
    Map<String, String> ordered = new TreeMap<>();
    if (annotations != null) {
      for (Map.Entry<String, String> entry : annotations.entrySet()) {
        if (entry.getKey() != null) {
          ordered.put(entry.getKey(), entry.getValue());
        }
      }
    }
    List<PodContainer> all = new ArrayList<>();
    addContainers(all, safe.getInitContainers(), root.child("initContainers"));
    addContainers(all, safe.getContainers(), root.child("containers"));
    List<V1EphemeralContainer> ephemeral = safe.getEphemeralContainers();
    if (ephemeral != null) {
      for (int i = 0; i < ephemeral.size(); i++) {
        V1EphemeralContainer c = ephemeral.get(i);
        if (c != null) {
          all.add(
              new PodContainer(
                  c.getName(),
                  i,
                  c.getSecurityContext(),
                  c.getPorts(),
                  c.getLivenessProbe(),
                  c.getReadinessProbe(),
                  c.getStartupProbe(),
                  c.getLifecycle(),
                  root.child("ephemeralContainers").index(i)));
        }
      }
    }
    return new PodView(
        ordered, metadataPath.child("annotations"), safe, root, version, List.copyOf(all));
  }

  private static void addContainers(List<PodContainer> all, List<V1Container> list, FieldPath at) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      V1Container c = list.get(i);
      if (c != null) {
        all.add(
            new PodContainer(
                c.getName(),
                i,
                c.getSecurityContext(),
                c.getPorts(),
                c.getLivenessProbe(),
                c.getReadinessProbe(),
                c.getStartupProbe(),
                c.getLifecycle(),
                at.index(i)));
      }
    }
  }

  /** The pod security context, or null. */
  V1PodSecurityContext podSecurityContext() {
    return spec.getSecurityContext();
  }

  /** The path of the pod security context. */
  FieldPath podSecurityContextPath() {
    return root.child("securityContext");
  }

  /** The volumes, never null (null entries kept so indexes stay right). */
  List<V1Volume> volumes() {
    return spec.getVolumes() == null ? List.of() : spec.getVolumes();
  }

  /** True for {@code spec.os.name: windows}. */
  boolean isWindows() {
    return spec.getOs() != null && "windows".equals(spec.getOs().getName());
  }

  /** True for {@code spec.hostUsers: false} (a user-namespaced pod). */
  boolean hostUsersFalse() {
    return Boolean.FALSE.equals(spec.getHostUsers());
  }

  /** True when the policy version is at least {@code major.minor}. */
  boolean atLeast(int major, int minor) {
    return version.major() != major ? version.major() > major : version.minor() >= minor;
  }

  /** {@code "value"} in double quotes, as pod-security-admission quotes names. */
  static String quote(String value) {
    return "\"" + value + "\"";
  }
}
