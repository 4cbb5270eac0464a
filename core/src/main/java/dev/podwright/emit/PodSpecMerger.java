package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.model.Precedence;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lays the emitted parts over the host's base spec with Kubernetes' merge keys: containers and env
 * by name, volumes by name (whole, never a union of sources), mounts by mountPath, ports by
 * containerPort. Collects every collision. Works on objects it owns; one instance per emission.
 */
final class PodSpecMerger {

  private final V1PodSpec spec;
  private final Precedence policy;
  private final List<MergeConflict> conflicts = new ArrayList<>();
  private final Set<String> baseContainerNames = new HashSet<>();
  private final Set<String> baseVolumeNames = new HashSet<>();

  PodSpecMerger(V1PodSpec ownedBase, Precedence policy) {
    this.spec = ownedBase;
    this.policy = policy;
    if (ownedBase.getVolumes() != null) {
      for (V1Volume volume : ownedBase.getVolumes()) {
        if (volume != null && volume.getName() != null) {
          baseVolumeNames.add(volume.getName());
        }
      }
    }
    addNames(ownedBase.getContainers());
    addNames(ownedBase.getInitContainers());
    if (spec.getContainers() == null) {
      spec.setContainers(new ArrayList<>());
    }
    if (spec.getInitContainers() == null) {
      spec.setInitContainers(new ArrayList<>());
    }
    if (spec.getVolumes() == null) {
      spec.setVolumes(new ArrayList<>());
    }
  }

  private void addNames(List<V1Container> list) {
    if (list != null) {
      for (V1Container container : list) {
        if (container != null && container.getName() != null) {
          baseContainerNames.add(container.getName());
        }
      }
    }
  }

  List<MergeConflict> conflicts() {
    return conflicts;
  }

  V1PodSpec spec() {
    return spec;
  }

  /** The main container: merged into the base container of the same name, else put first. */
  void mergeMainContainer(V1Container main) {
    List<V1Container> containers = spec.getContainers();
    int at = indexOf(containers, main.getName());
    if (at < 0) {
      containers.add(0, main);
      return;
    }
    String path = "spec.containers[" + at + "]";
    V1Container base = containers.get(at);
    scalar(path + ".image", base.getImage(), main.getImage(), base::setImage);
    scalar(
        path + ".imagePullPolicy",
        base.getImagePullPolicy(),
        main.getImagePullPolicy(),
        base::setImagePullPolicy);
    scalar(path + ".command", base.getCommand(), main.getCommand(), base::setCommand);
    scalar(path + ".args", base.getArgs(), main.getArgs(), base::setArgs);
    scalar(path + ".workingDir", base.getWorkingDir(), main.getWorkingDir(), base::setWorkingDir);
    scalar(path + ".resources", base.getResources(), main.getResources(), base::setResources);
    scalar(
        path + ".startupProbe",
        base.getStartupProbe(),
        main.getStartupProbe(),
        base::setStartupProbe);
    scalar(
        path + ".readinessProbe",
        base.getReadinessProbe(),
        main.getReadinessProbe(),
        base::setReadinessProbe);
    scalar(
        path + ".livenessProbe",
        base.getLivenessProbe(),
        main.getLivenessProbe(),
        base::setLivenessProbe);
    scalar(path + ".lifecycle", base.getLifecycle(), main.getLifecycle(), base::setLifecycle);
    scalar(
        path + ".securityContext",
        base.getSecurityContext(),
        main.getSecurityContext(),
        base::setSecurityContext);
    base.setEnv(keyed(path + ".env", base.getEnv(), main.getEnv(), V1EnvVar::getName));
    base.setPorts(
        keyed(
            path + ".ports",
            base.getPorts(),
            main.getPorts(),
            port ->
                port.getContainerPort()
                    + "/"
                    + Objects.requireNonNullElse(port.getProtocol(), "TCP")));
    base.setVolumeMounts(
        keyed(
            path + ".volumeMounts",
            base.getVolumeMounts(),
            main.getVolumeMounts(),
            V1VolumeMount::getMountPath));
    base.setEnvFrom(appendMissing(base.getEnvFrom(), main.getEnvFrom()));
    Canonical.clean(base);
  }

  /**
   * A container the composition adds; a base container of the same name is a collision. Two of the
   * composition's own containers with one name are not a merge matter: validation reports them.
   */
  void addContainer(V1Container container, List<V1Container> target, int position) {
    String name = container.getName();
    if (name == null || !baseContainerNames.contains(name)) {
      target.add(Math.min(position, target.size()), container);
      return;
    }
    int inContainers = indexOf(spec.getContainers(), name);
    int inInit = indexOf(spec.getInitContainers(), name);
    if (name != null && (inContainers >= 0 || inInit >= 0)) {
      String path =
          inContainers >= 0
              ? "spec.containers[" + inContainers + "].name"
              : "spec.initContainers[" + inInit + "].name";
      if (policy == Precedence.FAIL) {
        conflicts.add(
            new MergeConflict(
                path,
                name,
                name,
                "the base spec already has a container named \""
                    + name
                    + "\"; the composition adds another. Rename one of them."));
        return;
      }
      List<V1Container> owner = inContainers >= 0 ? spec.getContainers() : spec.getInitContainers();
      int removedAt = inContainers >= 0 ? inContainers : inInit;
      owner.remove(removedAt);
      if (owner == target && removedAt < position) {
        position--;
      }
    }
    target.add(Math.min(position, target.size()), container);
  }

  /**
   * A volume; the base spec's same volume again is fine, another one of the same name is a
   * collision. The composition's own duplicates are left to validation.
   */
  void addVolume(V1Volume volume) {
    List<V1Volume> volumes = spec.getVolumes();
    if (volume.getName() == null || !baseVolumeNames.contains(volume.getName())) {
      volumes.add(volume);
      return;
    }
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume existing = volumes.get(i);
      if (existing != null && Objects.equals(existing.getName(), volume.getName())) {
        if (KubernetesModels.sameMeaning(existing, volume)) {
          return;
        }
        if (policy == Precedence.OVERRIDE) {
          volumes.set(i, volume);
        } else {
          conflicts.add(
              new MergeConflict(
                  "spec.volumes[" + i + "]",
                  String.valueOf(existing),
                  String.valueOf(volume),
                  "the base spec already has a volume named \""
                      + volume.getName()
                      + "\" with another source; rename the composition's volume or reuse the"
                      + " base one by mounting it."));
        }
        return;
      }
    }
    volumes.add(volume);
  }

  private <T> void scalar(String path, T base, T incoming, Consumer<T> set) {
    if (isUnset(incoming) || Objects.equals(base, incoming)) {
      return;
    }
    if (isUnset(base) || policy == Precedence.OVERRIDE) {
      set.accept(incoming);
      return;
    }
    conflicts.add(
        new MergeConflict(
            path,
            String.valueOf(base),
            String.valueOf(incoming),
            "the base spec sets "
                + base
                + ", the composition sets "
                + incoming
                + "; set it in one place only."));
  }

  private static boolean isUnset(Object value) {
    return value == null || (value instanceof List<?> list && list.isEmpty());
  }

  private <T> List<T> keyed(String path, List<T> base, List<T> incoming, Function<T, Object> key) {
    if (incoming == null || incoming.isEmpty()) {
      return base;
    }
    List<T> merged = base == null ? new ArrayList<>() : new ArrayList<>(base);
    Map<Object, Integer> index = new HashMap<>();
    for (int i = 0; i < merged.size(); i++) {
      if (merged.get(i) != null) {
        index.putIfAbsent(key.apply(merged.get(i)), i);
      }
    }
    for (T item : incoming) {
      Integer at = item == null ? null : index.get(key.apply(item));
      if (at == null) {
        merged.add(item);
        continue;
      }
      T existing = merged.get(at);
      if (existing.equals(item)) {
        continue;
      }
      if (policy == Precedence.OVERRIDE) {
        merged.set(at, item);
      } else {
        conflicts.add(
            new MergeConflict(
                path + "[" + at + "]",
                String.valueOf(existing),
                String.valueOf(item),
                "the base spec and the composition both define "
                    + key.apply(item)
                    + " differently; keep one."));
      }
    }
    return merged;
  }

  private static List<V1EnvFromSource> appendMissing(
      List<V1EnvFromSource> base, List<V1EnvFromSource> incoming) {
    if (incoming == null || incoming.isEmpty()) {
      return base;
    }
    List<V1EnvFromSource> merged = base == null ? new ArrayList<>() : new ArrayList<>(base);
    for (V1EnvFromSource source : incoming) {
      if (!merged.contains(source)) {
        merged.add(source);
      }
    }
    return merged;
  }

  private static int indexOf(List<V1Container> containers, String name) {
    if (name == null || containers == null) {
      return -1;
    }
    for (int i = 0; i < containers.size(); i++) {
      V1Container container = containers.get(i);
      if (container != null && name.equals(container.getName())) {
        return i;
      }
    }
    return -1;
  }
}
