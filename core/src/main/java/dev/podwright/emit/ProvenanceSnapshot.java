package dev.podwright.emit;

import dev.podwright.model.EnvVar;
import dev.podwright.model.Owner;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one emission knows about where each element came from, kept as structured facts (indices,
 * names, sources) and rendered into {@link Origin}s with their path strings only when a caller asks
 * ({@link Provenance} renders it once, on first use). It holds its own copies of the names it
 * needs, so changing the emitted spec afterwards does not change the provenance. Immutable.
 */
final class ProvenanceSnapshot {

  private static final String ENV = "/env/";
  private static final String MOUNT = "/mount/";
  private static final String RESOURCES = "/resources";

  /** The key of an injected env var's origin in the entry-origin map. */
  static String envKey(String container, String name) {
    return container + ENV + name;
  }

  /** The key of an injected mount's origin in the entry-origin map. */
  static String mountKey(String container, String mountPath) {
    return container + MOUNT + mountPath;
  }

  /** The key of a defaulted container's resources origin in the entry-origin map. */
  static String resourcesKey(String container) {
    return container + RESOURCES;
  }

  /** One emitted container: its slot's facts and the keys of its env vars and mounts. */
  private static final class Container {
    final String list;
    final int index;
    final Slot.Role role;
    final Origin.Source source;
    final String declarationPath;
    final Owner owner;
    final String detail;
    final String name;
    final List<EnvVar> declaredEnv;
    final List<VolumeMount> declaredMounts;
    final String[] env;
    final String[] mounts;

    Container(String list, int index, Slot slot) {
      this.list = list;
      this.index = index;
      this.role = slot.role;
      this.source = slot.source;
      this.declarationPath = slot.declarationPath;
      this.owner = slot.owner;
      this.detail = slot.detail;
      this.name = slot.name();
      this.declaredEnv = slot.declared == null ? null : slot.declared.env();
      this.declaredMounts = slot.declared == null ? null : slot.declared.volumeMounts();
      List<V1EnvVar> envVars = slot.container.getEnv();
      if (envVars == null) {
        this.env = null;
      } else {
        this.env = new String[envVars.size()];
        for (int k = 0; k < env.length; k++) {
          V1EnvVar variable = envVars.get(k);
          env[k] = variable == null ? null : variable.getName();
        }
      }
      List<V1VolumeMount> volumeMounts = slot.container.getVolumeMounts();
      if (volumeMounts == null) {
        this.mounts = null;
      } else {
        this.mounts = new String[volumeMounts.size()];
        for (int k = 0; k < mounts.length; k++) {
          V1VolumeMount mount = volumeMounts.get(k);
          mounts[k] = mount == null ? null : mount.getMountPath();
        }
      }
    }
  }

  /** One emitted volume. */
  private static final class VolumeFacts {
    final Origin.Source source;
    final String declaration;
    final String step;

    VolumeFacts(Origin.Source source, String declaration, String step) {
      this.source = source;
      this.declaration = declaration;
      this.step = step;
    }
  }

  private final List<Container> containers;
  private final List<VolumeFacts> volumes;

  /** Origins of injected and defaulted entries; never changed after the snapshot is taken. */
  private final Map<String, Origin> entryOrigins;

  private ProvenanceSnapshot(
      List<Container> containers, List<VolumeFacts> volumes, Map<String, Origin> entryOrigins) {
    this.containers = containers;
    this.volumes = volumes;
    this.entryOrigins = entryOrigins;
  }

  /**
   * The facts of one emission: its container lists, its volumes, the origins of injected and
   * defaulted entries, and which emit step added which volume.
   */
  static ProvenanceSnapshot of(
      List<Slot> initSlots,
      List<Slot> containerSlots,
      VolumeAssembler volumes,
      Map<String, Origin> entryOrigins,
      Map<String, String> stepOfVolume) {
    List<Container> containers = new ArrayList<>(initSlots.size() + containerSlots.size());
    for (int i = 0; i < initSlots.size(); i++) {
      containers.add(new Container("spec.initContainers", i, initSlots.get(i)));
    }
    for (int i = 0; i < containerSlots.size(); i++) {
      containers.add(new Container("spec.containers", i, containerSlots.get(i)));
    }
    List<VolumeFacts> volumeFacts = new ArrayList<>(volumes.volumes().size());
    for (int i = 0; i < volumes.volumes().size(); i++) {
      String name = volumes.volumes().get(i).getName();
      volumeFacts.add(
          new VolumeFacts(
              volumes.source(i),
              volumes.declaration(i),
              name == null ? null : stepOfVolume.get(name)));
    }
    // the lists and the map are this snapshot's alone from here on: the assembler is done with them
    return new ProvenanceSnapshot(containers, volumeFacts, entryOrigins);
  }

  /** Every origin, in the spec's order: containers with their env and mounts, then volumes. */
  List<Origin> origins() {
    List<Origin> origins = new ArrayList<>();
    for (Container container : containers) {
      String path = container.list + "[" + container.index + "]";
      origins.add(
          new Origin(
              path,
              container.source,
              container.declarationPath,
              container.owner,
              container.detail));
      if (container.env != null) {
        for (int k = 0; k < container.env.length; k++) {
          String name = container.env[k];
          origins.add(
              entry(
                  container,
                  path + ".env[" + k + "]",
                  envKey(container.name, name),
                  declaredEnvIndex(container, name),
                  ".env["));
        }
      }
      if (container.mounts != null) {
        for (int k = 0; k < container.mounts.length; k++) {
          String mountPath = container.mounts[k];
          origins.add(
              entry(
                  container,
                  path + ".volumeMounts[" + k + "]",
                  mountKey(container.name, mountPath),
                  declaredMountIndex(container, mountPath),
                  ".volumeMounts["));
        }
      }
      Origin resources = entryOrigins.get(resourcesKey(container.name));
      if (resources != null) {
        origins.add(resources);
      }
    }
    for (int i = 0; i < volumes.size(); i++) {
      VolumeFacts volume = volumes.get(i);
      boolean fromStep = volume.step != null && volume.source != Origin.Source.BASE_SPEC;
      origins.add(
          new Origin(
              "spec.volumes[" + i + "]",
              fromStep ? Origin.Source.HOST_STEP : volume.source,
              volume.declaration,
              null,
              fromStep ? "emit step " + volume.step : null));
    }
    return origins;
  }

  private Origin entry(
      Container container, String path, String key, int declaredIndex, String listPrefix) {
    Origin recorded = entryOrigins.get(key);
    if (recorded != null) {
      return new Origin(
          path, recorded.source(), recorded.declarationPath(), recorded.owner(), recorded.detail());
    }
    if (declaredIndex >= 0 && container.declarationPath != null) {
      return new Origin(
          path,
          container.source,
          container.declarationPath + listPrefix + declaredIndex + "]",
          container.owner,
          container.detail);
    }
    if (container.role == Slot.Role.MAIN_MERGED || container.role == Slot.Role.HOST) {
      return new Origin(path, Origin.Source.BASE_SPEC, null, container.owner, null);
    }
    return new Origin(
        path, container.source, container.declarationPath, container.owner, container.detail);
  }

  private static int declaredEnvIndex(Container container, String name) {
    if (container.declaredEnv == null) {
      return -1;
    }
    for (int i = 0; i < container.declaredEnv.size(); i++) {
      if (Objects.equals(container.declaredEnv.get(i).name(), name)) {
        return i;
      }
    }
    return -1;
  }

  private static int declaredMountIndex(Container container, String mountPath) {
    if (container.declaredMounts == null) {
      return -1;
    }
    for (int i = 0; i < container.declaredMounts.size(); i++) {
      if (Objects.equals(container.declaredMounts.get(i).mountPath(), mountPath)) {
        return i;
      }
    }
    return -1;
  }
}
