package dev.podwright.emit;

import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.Injection;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.TargetContainer;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a composition's {@link Injection}s to the containers they select: env and mounts by their
 * keys (a collision decided by the injection's precedence), envFrom sources once each, resource and
 * securityContext defaults. Records the origin of every entry it adds. Used by one emission only.
 */
final class Injector {

  private final Decisions decisions;
  private final Map<String, Origin> entryOrigins;

  /**
   * @param decisions where collisions and conflicts go
   * @param entryOrigins the origins of injected entries, keyed as {@link ProvenanceSnapshot} reads
   *     them
   */
  Injector(Decisions decisions, Map<String, Origin> entryOrigins) {
    this.decisions = decisions;
    this.entryOrigins = entryOrigins;
  }

  /** Applies the injection declared at {@code index} to the selected slots of one list. */
  void inject(int index, Injection injection, List<Slot> slots, boolean init) {
    String declaration = "injections[" + index + "]";
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      if (!slot.injectable()) {
        continue;
      }
      V1Container container = slot.container;
      TargetContainer target =
          new TargetContainer(container.getName(), slot.owner, init, container.getImage());
      if (!injection.target().matches(target)) {
        continue;
      }
      String list = init ? "spec.initContainers" : "spec.containers";
      Precedence precedence = injection.precedence();
      injectEnv(injection, slot, list, i, declaration);
      injectEnvFrom(injection, container);
      injectMounts(injection, slot, list, i, declaration);
      if (injection.resourceDefaults() == null
          && (injection.securityContextDefaults() == null
              || injection.securityContextDefaults().isEmpty())) {
        continue;
      }
      String path = list + "[" + i + "]";
      if (injection.resourceDefaults() != null) {
        ResourceDefaults policy =
            new ResourceDefaults(injection.resourceDefaults(), Map.of(), precedence);
        ResourceDefaulter.apply(policy, container, path, decisions.collisions, decisions.conflicts);
      }
      if (injection.securityContextDefaults() != null
          && !injection.securityContextDefaults().isEmpty()) {
        ModelMerger merger = new ModelMerger(precedence);
        container.setSecurityContext(
            merger.merge(
                path + ".securityContext",
                container.getSecurityContext(),
                SecurityContextConverter.toV1(injection.securityContextDefaults())));
        decisions.addAll(merger);
      }
    }
  }

  private void injectEnv(
      Injection injection, Slot slot, String list, int index, String declaration) {
    List<EnvVar> env = injection.env();
    if (env.isEmpty()) {
      return;
    }
    V1Container container = slot.container;
    List<V1EnvVar> entries =
        container.getEnv() == null ? new ArrayList<>() : new ArrayList<>(container.getEnv());
    for (int j = 0; j < env.size(); j++) {
      V1EnvVar variable = ContainerConverter.env(env.get(j));
      if (keyed(entries, variable, list, index, injection.precedence(), true)) {
        entryOrigins.put(
            ProvenanceSnapshot.envKey(slot.name(), variable.getName()),
            new Origin(
                null,
                Origin.Source.INJECTION,
                declaration + ".env[" + j + "]",
                slot.owner,
                injection.target().description()));
      }
    }
    container.setEnv(entries);
  }

  private static void injectEnvFrom(Injection injection, V1Container container) {
    if (injection.envFrom().isEmpty()) {
      return;
    }
    List<V1EnvFromSource> list =
        container.getEnvFrom() == null
            ? new ArrayList<>()
            : new ArrayList<>(container.getEnvFrom());
    for (EnvFrom source : injection.envFrom()) {
      V1EnvFromSource v1 = ContainerConverter.envFrom(source);
      if (!list.contains(v1)) {
        list.add(v1);
      }
    }
    container.setEnvFrom(list);
  }

  private void injectMounts(
      Injection injection, Slot slot, String list, int index, String declaration) {
    List<VolumeMount> mounts = injection.volumeMounts();
    if (mounts.isEmpty()) {
      return;
    }
    V1Container container = slot.container;
    List<V1VolumeMount> entries =
        container.getVolumeMounts() == null
            ? new ArrayList<>()
            : new ArrayList<>(container.getVolumeMounts());
    for (int j = 0; j < mounts.size(); j++) {
      V1VolumeMount mount = ContainerConverter.mount(mounts.get(j));
      if (keyed(entries, mount, list, index, injection.precedence(), false)) {
        entryOrigins.put(
            ProvenanceSnapshot.mountKey(slot.name(), mount.getMountPath()),
            new Origin(
                null,
                Origin.Source.INJECTION,
                declaration + ".volumeMounts[" + j + "]",
                slot.owner,
                injection.target().description()));
      }
    }
    container.setVolumeMounts(entries);
  }

  /**
   * Adds an entry by its key (env by name, mounts by mountPath), deciding a collision. The path of
   * the entry ({@code containers[index].env[at]}) is built only for a collision.
   *
   * @return whether the incoming entry is in the list afterwards because of this call
   */
  private <T> boolean keyed(
      List<T> list, T item, String containers, int index, Precedence precedence, boolean env) {
    Object key = env ? ((V1EnvVar) item).getName() : ((V1VolumeMount) item).getMountPath();
    for (int at = 0; at < list.size(); at++) {
      T existing = list.get(at);
      Object existingKey =
          existing == null
              ? null
              : env ? ((V1EnvVar) existing).getName() : ((V1VolumeMount) existing).getMountPath();
      if (!Objects.equals(existingKey, key)) {
        continue;
      }
      if (existing.equals(item)) {
        return false;
      }
      String path = containers + "[" + index + "]" + (env ? ".env[" : ".volumeMounts[") + at + "]";
      decisions.collisions.add(
          new Collision(path, String.valueOf(existing), String.valueOf(item), precedence));
      if (precedence == Precedence.OVERRIDE) {
        list.set(at, item);
        return true;
      }
      if (precedence == Precedence.FAIL) {
        decisions.conflicts.add(
            new MergeConflict(
                path,
                String.valueOf(existing),
                String.valueOf(item),
                "the container already has "
                    + (env ? "env var " : "a mount at ")
                    + key
                    + "; the injection adds another. Drop one, or give the injection KEEP_EXISTING"
                    + " or OVERRIDE."));
      }
      return false;
    }
    list.add(item);
    return true;
  }
}
