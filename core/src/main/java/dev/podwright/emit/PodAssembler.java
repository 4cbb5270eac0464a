package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.RestartPolicy;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.TargetContainer;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lays one draft over one base spec: places every container, merges the main container, decides
 * name collisions, applies the resource-defaults policy and the injections, and records where each
 * element came from. One instance per emission; not shared.
 */
final class PodAssembler {

  private static final String ENV = "/env/";
  private static final String MOUNT = "/mount/";

  private final EmitOptions options;
  private final BaseSpec base;
  private final Composition composition;
  private final PodDraft draft;
  private final Map<String, String> stepOfContainer;
  private final Map<String, String> stepOfVolume;
  private final SidecarMode emitterMode;
  private final List<MergeConflict> conflicts = new ArrayList<>();
  private final List<Collision> collisions = new ArrayList<>();
  private final Map<String, Origin> entryOrigins = new HashMap<>();

  PodAssembler(
      EmitOptions options,
      BaseSpec base,
      Composition composition,
      PodDraft draft,
      Map<String, String> stepOfContainer,
      Map<String, String> stepOfVolume) {
    this.options = options;
    this.base = base;
    this.composition = composition;
    this.draft = draft;
    this.stepOfContainer = stepOfContainer;
    this.stepOfVolume = stepOfVolume;
    this.emitterMode = options.effectiveSidecarMode();
  }

  /** What a slot of the emitted container lists holds. */
  private enum Role {
    HOST,
    MAIN_MERGED,
    MAIN,
    SIDECAR,
    INIT
  }

  /** One container of the emitted lists with where it came from. */
  private static final class Slot {
    final V1Container container;
    final Role role;
    final Origin.Source source;
    final String declarationPath;
    final Owner owner;
    final String detail;
    final ContainerSpec declared;

    Slot(
        V1Container container,
        Role role,
        Origin.Source source,
        String declarationPath,
        Owner owner,
        String detail,
        ContainerSpec declared) {
      this.container = container;
      this.role = role;
      this.source = source;
      this.declarationPath = declarationPath;
      this.owner = owner;
      this.detail = detail;
      this.declared = declared;
    }

    String name() {
      return container.getName();
    }

    boolean injectable() {
      return role == Role.HOST || role == Role.MAIN || role == Role.MAIN_MERGED;
    }
  }

  Emission assemble() {
    V1PodSpec spec = base.specForAssembly();
    List<Slot> hostInit = hostSlots(spec.getInitContainers());
    List<Slot> hostContainers = hostSlots(spec.getContainers());
    List<Slot> beforeHost = new ArrayList<>();
    List<Slot> afterHost = new ArrayList<>();
    List<Slot> beforeComposition = new ArrayList<>();
    List<Slot> compositionInit = new ArrayList<>();
    List<Slot> afterComposition = new ArrayList<>();
    List<Slot> first = new ArrayList<>();
    List<Slot> last = new ArrayList<>();

    ContainerSpec mainSpec = draft.mainContainer();
    if (mainSpec != null) {
      placeMain(mainSpec, hostContainers);
    }
    Map<String, Integer> seenSidecars = new HashMap<>();
    Map<String, Integer> seenInits = new HashMap<>();
    for (Sidecar sidecar : draft.sidecars()) {
      SidecarMode mode = sidecar.effectiveMode(emitterMode);
      Placement placement = sidecar.effectivePlacement(emitterMode);
      if (placement.amongInitContainers() != (mode == SidecarMode.NATIVE)) {
        throw new IllegalArgumentException(
            "sidecar \""
                + sidecar.name()
                + "\" is "
                + mode
                + " but placed "
                + placement
                + "; give it a placement of its mode or set its mode");
      }
      V1Container container = ContainerConverter.toV1(sidecar.spec());
      if (mode == SidecarMode.NATIVE) {
        container.setRestartPolicy(RestartPolicy.ALWAYS.value());
      }
      Slot slot =
          compositionSlot(
              container,
              Role.SIDECAR,
              sidecar.spec(),
              "sidecars",
              declaredIndex(composition.sidecars(), Sidecar::name, sidecar.name(), seenSidecars));
      if (!admit(slot, hostInit, hostContainers)) {
        continue;
      }
      switch (placement) {
        case BEFORE_HOST_INIT_CONTAINERS -> beforeHost.add(slot);
        case AFTER_HOST_INIT_CONTAINERS -> afterHost.add(slot);
        case BEFORE_COMPOSITION_INIT_CONTAINERS -> beforeComposition.add(slot);
        case AFTER_COMPOSITION_INIT_CONTAINERS -> afterComposition.add(slot);
        case FIRST_CONTAINER -> first.add(slot);
        default -> last.add(slot);
      }
    }
    for (InitContainer init : draft.initContainers()) {
      V1Container container = ContainerConverter.toV1(init.spec());
      Slot slot =
          compositionSlot(
              container,
              Role.INIT,
              init.spec(),
              "initContainers",
              declaredIndex(
                  composition.initContainers(), InitContainer::name, init.name(), seenInits));
      if (admit(slot, hostInit, hostContainers)) {
        compositionInit.add(slot);
      }
    }

    List<Slot> initSlots = new ArrayList<>(beforeHost);
    boolean blockFirst = options.placement() == SidecarPlacement.BEFORE_HOST_INIT_CONTAINERS;
    if (blockFirst) {
      addBlock(initSlots, beforeComposition, compositionInit, afterComposition);
    }
    initSlots.addAll(hostInit);
    initSlots.addAll(afterHost);
    if (!blockFirst) {
      addBlock(initSlots, beforeComposition, compositionInit, afterComposition);
    }
    List<Slot> containerSlots = new ArrayList<>(first);
    containerSlots.addAll(hostContainers);
    containerSlots.addAll(last);

    if (mainSpec != null) {
      mergeMain(mainSpec, containerSlots);
    }
    applyResourceDefaults(initSlots, "spec.initContainers");
    applyResourceDefaults(containerSlots, "spec.containers");
    List<Injection> injections = composition.injections();
    for (int i = 0; i < injections.size(); i++) {
      inject(i, injections.get(i), initSlots, true);
      inject(i, injections.get(i), containerSlots, false);
    }

    List<Volume> volumes = draft.volumes();
    List<V1Volume> specVolumes =
        spec.getVolumes() == null ? new ArrayList<>() : new ArrayList<>(spec.getVolumes());
    List<Origin.Source> volumeSources = new ArrayList<>();
    List<String> volumeDeclarations = new ArrayList<>();
    for (int i = 0; i < specVolumes.size(); i++) {
      volumeSources.add(Origin.Source.BASE_SPEC);
      volumeDeclarations.add(null);
    }
    for (Volume volume : volumes) {
      addVolume(VolumeConverter.toV1(volume), specVolumes, volumeSources, volumeDeclarations);
    }

    if (!conflicts.isEmpty()) {
      throw new MergeConflictException(conflicts);
    }
    spec.setInitContainers(containers(initSlots));
    spec.setContainers(containers(containerSlots));
    spec.setVolumes(specVolumes);
    Provenance.Recorder recorder = new Provenance.Recorder();
    record(recorder, initSlots, "spec.initContainers");
    record(recorder, containerSlots, "spec.containers");
    for (int i = 0; i < specVolumes.size(); i++) {
      String name = specVolumes.get(i).getName();
      Origin.Source source = volumeSources.get(i);
      String step = name == null ? null : stepOfVolume.get(name);
      recorder.origin(
          new Origin(
              "spec.volumes[" + i + "]",
              step != null && source != Origin.Source.BASE_SPEC ? Origin.Source.HOST_STEP : source,
              volumeDeclarations.get(i),
              null,
              step == null || source == Origin.Source.BASE_SPEC ? null : "emit step " + step));
    }
    recorder.collisions(collisions);
    return new Emission(Canonical.clean(spec), recorder.build());
  }

  private static void addBlock(
      List<Slot> into, List<Slot> before, List<Slot> init, List<Slot> after) {
    into.addAll(before);
    into.addAll(init);
    into.addAll(after);
  }

  private List<Slot> hostSlots(List<V1Container> containers) {
    List<Slot> slots = new ArrayList<>();
    if (containers != null) {
      for (V1Container container : containers) {
        if (container != null) {
          slots.add(
              new Slot(
                  container,
                  Role.HOST,
                  Origin.Source.BASE_SPEC,
                  null,
                  base.ownerOf(container.getName()),
                  null,
                  null));
        }
      }
    }
    return slots;
  }

  private Slot compositionSlot(
      V1Container container, Role role, ContainerSpec spec, String list, int index) {
    String step = container.getName() == null ? null : stepOfContainer.get(container.getName());
    String declaration = index >= 0 ? list + "[" + index + "]" : null;
    if (step != null) {
      return new Slot(
          container,
          role,
          Origin.Source.HOST_STEP,
          declaration,
          spec.owner(),
          "emit step " + step,
          spec);
    }
    return new Slot(
        container, role, Origin.Source.DECLARATION, declaration, spec.owner(), null, spec);
  }

  /**
   * The declared index of the draft's n-th element of this name: the n-th declared element of the
   * name (so two sidecars of one name keep their own paths), else the last one of it; -1 when the
   * declaration has none (a host step added it).
   */
  private static <T> int declaredIndex(
      List<T> declared, Function<T, String> nameOf, String name, Map<String, Integer> seen) {
    int wanted = seen.merge(String.valueOf(name), 1, Integer::sum) - 1;
    int found = -1;
    int occurrence = 0;
    for (int i = 0; i < declared.size(); i++) {
      if (Objects.equals(nameOf.apply(declared.get(i)), name)) {
        found = i;
        if (occurrence++ == wanted) {
          return i;
        }
      }
    }
    return found;
  }

  /** The main container goes first unless the base has one of its name (merged later). */
  private void placeMain(ContainerSpec mainSpec, List<Slot> hostContainers) {
    if (indexOf(hostContainers, mainSpec.name()) >= 0) {
      return;
    }
    V1Container main = ContainerConverter.toV1(mainSpec);
    String step = main.getName() == null ? null : stepOfContainer.get(main.getName());
    hostContainers.add(
        0,
        new Slot(
            main,
            Role.MAIN,
            step != null ? Origin.Source.HOST_STEP : Origin.Source.DECLARATION,
            "mainContainer",
            mainSpec.owner(),
            step != null ? "emit step " + step : null,
            mainSpec));
  }

  private void mergeMain(ContainerSpec mainSpec, List<Slot> containerSlots) {
    int at = -1;
    for (int i = 0; i < containerSlots.size(); i++) {
      Slot slot = containerSlots.get(i);
      if (slot.role == Role.HOST && Objects.equals(slot.name(), mainSpec.name())) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return;
    }
    Slot host = containerSlots.get(at);
    ModelMerger merger = new ModelMerger(options.precedence());
    V1Container merged =
        merger.merge(
            "spec.containers[" + at + "]", host.container, ContainerConverter.toV1(mainSpec));
    conflicts.addAll(merger.conflicts());
    collisions.addAll(merger.collisions());
    containerSlots.set(
        at,
        new Slot(
            merged,
            Role.MAIN_MERGED,
            Origin.Source.DECLARATION,
            "mainContainer",
            mainSpec.owner(),
            "merged onto the base spec's container",
            mainSpec));
  }

  /**
   * Whether a composition container joins the spec: a base container of the same name is a
   * collision decided by the precedence (FAIL: a conflict; OVERRIDE: the base one leaves;
   * KEEP_EXISTING: the composition's is dropped).
   */
  private boolean admit(Slot slot, List<Slot> hostInit, List<Slot> hostContainers) {
    String name = slot.name();
    if (name == null) {
      return true;
    }
    int inContainers = indexOf(hostContainers, name);
    int inInit = inContainers >= 0 ? -1 : indexOf(hostInit, name);
    if (inContainers < 0 && inInit < 0) {
      return true;
    }
    List<Slot> owner = inContainers >= 0 ? hostContainers : hostInit;
    int at = inContainers >= 0 ? inContainers : inInit;
    if (owner.get(at).role != Role.HOST) {
      return true;
    }
    String path = (inContainers >= 0 ? "spec.containers[" : "spec.initContainers[") + at + "].name";
    Precedence precedence = options.precedence();
    collisions.add(
        new Collision(
            path, "base container " + name, slot.declarationPath + " " + name, precedence));
    if (precedence == Precedence.OVERRIDE) {
      owner.remove(at);
      return true;
    }
    if (precedence == Precedence.FAIL) {
      conflicts.add(
          new MergeConflict(
              path,
              name,
              name,
              "the base spec already has a container named \""
                  + name
                  + "\"; the composition adds another. Rename one of them."));
    }
    return false;
  }

  private void applyResourceDefaults(List<Slot> slots, String list) {
    ResourceDefaults policy = composition.resourceDefaults();
    if (policy == null || policy.isEmpty()) {
      return;
    }
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      if (slot.role != Role.SIDECAR) {
        continue;
      }
      String path = list + "[" + i + "]";
      if (ResourceDefaulter.apply(policy, slot.container, path, collisions, conflicts)) {
        entryOrigins.put(
            slot.name() + "/resources",
            new Origin(
                path + ".resources",
                Origin.Source.DEFAULTS_POLICY,
                "resourceDefaults",
                slot.owner,
                policy.limitFactors().isEmpty() ? "fixed defaults" : "derived limits"));
      }
    }
  }

  private void inject(int index, Injection injection, List<Slot> slots, boolean init) {
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
      String path = (init ? "spec.initContainers[" : "spec.containers[") + i + "]";
      Precedence precedence = injection.precedence();
      List<EnvVar> env = injection.env();
      for (int j = 0; j < env.size(); j++) {
        V1EnvVar variable = ContainerConverter.env(env.get(j));
        List<V1EnvVar> list =
            container.getEnv() == null ? new ArrayList<>() : new ArrayList<>(container.getEnv());
        if (keyed(list, variable, path + ".env", precedence, true)) {
          entryOrigins.put(
              slot.name() + ENV + variable.getName(),
              new Origin(
                  null,
                  Origin.Source.INJECTION,
                  declaration + ".env[" + j + "]",
                  slot.owner,
                  injection.target().description()));
        }
        container.setEnv(list);
      }
      for (EnvFrom source : injection.envFrom()) {
        V1EnvFromSource v1 = ContainerConverter.envFrom(source);
        List<V1EnvFromSource> list =
            container.getEnvFrom() == null
                ? new ArrayList<>()
                : new ArrayList<>(container.getEnvFrom());
        if (!list.contains(v1)) {
          list.add(v1);
        }
        container.setEnvFrom(list);
      }
      List<VolumeMount> mounts = injection.volumeMounts();
      for (int j = 0; j < mounts.size(); j++) {
        V1VolumeMount mount = ContainerConverter.mount(mounts.get(j));
        List<V1VolumeMount> list =
            container.getVolumeMounts() == null
                ? new ArrayList<>()
                : new ArrayList<>(container.getVolumeMounts());
        if (keyed(list, mount, path + ".volumeMounts", precedence, false)) {
          entryOrigins.put(
              slot.name() + MOUNT + mount.getMountPath(),
              new Origin(
                  null,
                  Origin.Source.INJECTION,
                  declaration + ".volumeMounts[" + j + "]",
                  slot.owner,
                  injection.target().description()));
        }
        container.setVolumeMounts(list);
      }
      if (injection.resourceDefaults() != null) {
        ResourceDefaults policy =
            new ResourceDefaults(injection.resourceDefaults(), Map.of(), precedence);
        ResourceDefaulter.apply(policy, container, path, collisions, conflicts);
      }
      if (injection.securityContextDefaults() != null
          && !injection.securityContextDefaults().isEmpty()) {
        ModelMerger merger = new ModelMerger(precedence);
        container.setSecurityContext(
            merger.merge(
                path + ".securityContext",
                container.getSecurityContext(),
                ContainerConverter.securityContext(injection.securityContextDefaults())));
        conflicts.addAll(merger.conflicts());
        collisions.addAll(merger.collisions());
      }
    }
  }

  /**
   * Adds an entry by its key (env by name, mounts by mountPath), deciding a collision.
   *
   * @return whether the incoming entry is in the list afterwards because of this call
   */
  private <T> boolean keyed(
      List<T> list, T item, String listPath, Precedence precedence, boolean env) {
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
      String path = listPath + "[" + at + "]";
      collisions.add(
          new Collision(path, String.valueOf(existing), String.valueOf(item), precedence));
      if (precedence == Precedence.OVERRIDE) {
        list.set(at, item);
        return true;
      }
      if (precedence == Precedence.FAIL) {
        conflicts.add(
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

  private void addVolume(
      V1Volume volume,
      List<V1Volume> volumes,
      List<Origin.Source> sources,
      List<String> declarations) {
    String declaration = volumeDeclaration(volume.getName());
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume existing = volumes.get(i);
      if (existing == null
          || sources.get(i) != Origin.Source.BASE_SPEC
          || !Objects.equals(existing.getName(), volume.getName())) {
        continue;
      }
      if (KubernetesModels.sameMeaning(existing, volume)) {
        return;
      }
      Precedence precedence = options.precedence();
      String path = "spec.volumes[" + i + "]";
      collisions.add(
          new Collision(path, String.valueOf(existing), String.valueOf(volume), precedence));
      if (precedence == Precedence.OVERRIDE) {
        volumes.set(i, volume);
        sources.set(i, Origin.Source.DECLARATION);
        declarations.set(i, declaration);
      } else if (precedence == Precedence.FAIL) {
        conflicts.add(
            new MergeConflict(
                path,
                String.valueOf(existing),
                String.valueOf(volume),
                "the base spec already has a volume named \""
                    + volume.getName()
                    + "\" with another source; rename the composition's volume or reuse the"
                    + " base one by mounting it."));
      }
      return;
    }
    volumes.add(volume);
    sources.add(Origin.Source.DECLARATION);
    declarations.add(declaration);
  }

  private String volumeDeclaration(String name) {
    List<Volume> declared = composition.volumes();
    for (int i = 0; i < declared.size(); i++) {
      if (Objects.equals(declared.get(i).name(), name)) {
        return "volumes[" + i + "]";
      }
    }
    return null;
  }

  private static List<V1Container> containers(List<Slot> slots) {
    List<V1Container> containers = new ArrayList<>(slots.size());
    for (Slot slot : slots) {
      containers.add(slot.container);
    }
    return containers;
  }

  private static int indexOf(List<Slot> slots, String name) {
    for (int i = 0; i < slots.size(); i++) {
      if (Objects.equals(slots.get(i).name(), name)) {
        return i;
      }
    }
    return -1;
  }

  private void record(Provenance.Recorder recorder, List<Slot> slots, String list) {
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      String path = list + "[" + i + "]";
      recorder.origin(new Origin(path, slot.source, slot.declarationPath, slot.owner, slot.detail));
      List<V1EnvVar> env = slot.container.getEnv();
      if (env != null) {
        for (int k = 0; k < env.size(); k++) {
          V1EnvVar variable = env.get(k);
          String name = variable == null ? null : variable.getName();
          recorder.origin(
              entry(
                  slot,
                  path + ".env[" + k + "]",
                  ENV + name,
                  declaredEnvIndex(slot, name),
                  ".env["));
        }
      }
      List<V1VolumeMount> mounts = slot.container.getVolumeMounts();
      if (mounts != null) {
        for (int k = 0; k < mounts.size(); k++) {
          V1VolumeMount mount = mounts.get(k);
          String mountPath = mount == null ? null : mount.getMountPath();
          recorder.origin(
              entry(
                  slot,
                  path + ".volumeMounts[" + k + "]",
                  MOUNT + mountPath,
                  declaredMountIndex(slot, mountPath),
                  ".volumeMounts["));
        }
      }
      Origin resources = entryOrigins.get(slot.name() + "/resources");
      if (resources != null) {
        recorder.origin(resources);
      }
    }
  }

  private Origin entry(Slot slot, String path, String key, int declaredIndex, String listPrefix) {
    Origin recorded = entryOrigins.get(slot.name() + key);
    if (recorded != null) {
      return new Origin(
          path, recorded.source(), recorded.declarationPath(), recorded.owner(), recorded.detail());
    }
    if (declaredIndex >= 0 && slot.declarationPath != null) {
      return new Origin(
          path,
          slot.source,
          slot.declarationPath + listPrefix + declaredIndex + "]",
          slot.owner,
          slot.detail);
    }
    if (slot.role == Role.MAIN_MERGED || slot.role == Role.HOST) {
      return new Origin(path, Origin.Source.BASE_SPEC, null, slot.owner, null);
    }
    return new Origin(path, slot.source, slot.declarationPath, slot.owner, slot.detail);
  }

  private static int declaredEnvIndex(Slot slot, String name) {
    if (slot.declared == null) {
      return -1;
    }
    List<EnvVar> env = slot.declared.env();
    for (int i = 0; i < env.size(); i++) {
      if (Objects.equals(env.get(i).name(), name)) {
        return i;
      }
    }
    return -1;
  }

  private static int declaredMountIndex(Slot slot, String mountPath) {
    if (slot.declared == null) {
      return -1;
    }
    List<VolumeMount> mounts = slot.declared.volumeMounts();
    for (int i = 0; i < mounts.size(); i++) {
      if (Objects.equals(mounts.get(i).mountPath(), mountPath)) {
        return i;
      }
    }
    return -1;
  }
}
