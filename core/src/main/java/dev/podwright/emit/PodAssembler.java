package dev.podwright.emit;

import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Injection;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.RestartPolicy;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
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

  private final EmitOptions options;
  private final BaseSpec base;
  private final Composition composition;
  private final PodDraft draft;
  private final Map<String, String> stepOfContainer;
  private final Map<String, String> stepOfVolume;
  private final SidecarMode emitterMode;
  private final Decisions decisions = new Decisions();
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
              Slot.Role.SIDECAR,
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
              Slot.Role.INIT,
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
    Injector injector = new Injector(decisions, entryOrigins);
    for (int i = 0; i < injections.size(); i++) {
      injector.inject(i, injections.get(i), initSlots, true);
      injector.inject(i, injections.get(i), containerSlots, false);
    }

    VolumeAssembler volumes =
        new VolumeAssembler(
            spec.getVolumes(), composition.volumes(), options.precedence(), decisions);
    for (Volume volume : draft.volumes()) {
      volumes.add(VolumeConverter.toV1(volume));
    }

    decisions.throwIfConflicts();
    spec.setInitContainers(containers(initSlots));
    spec.setContainers(containers(containerSlots));
    spec.setVolumes(volumes.volumes());
    ProvenanceSnapshot snapshot =
        ProvenanceSnapshot.of(initSlots, containerSlots, volumes, entryOrigins, stepOfVolume);
    return new Emission(
        Canonical.clean(spec), new Provenance(snapshot, List.copyOf(decisions.collisions)));
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
                  Slot.Role.HOST,
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
      V1Container container, Slot.Role role, ContainerSpec spec, String list, int index) {
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
            Slot.Role.MAIN,
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
      if (slot.role == Slot.Role.HOST && Objects.equals(slot.name(), mainSpec.name())) {
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
    decisions.addAll(merger);
    containerSlots.set(
        at,
        new Slot(
            merged,
            Slot.Role.MAIN_MERGED,
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
    if (owner.get(at).role != Slot.Role.HOST) {
      return true;
    }
    String path = (inContainers >= 0 ? "spec.containers[" : "spec.initContainers[") + at + "].name";
    Precedence precedence = options.precedence();
    decisions.collisions.add(
        new Collision(
            path, "base container " + name, slot.declarationPath + " " + name, precedence));
    if (precedence == Precedence.OVERRIDE) {
      owner.remove(at);
      return true;
    }
    if (precedence == Precedence.FAIL) {
      decisions.conflicts.add(
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
      if (slot.role != Slot.Role.SIDECAR) {
        continue;
      }
      String path = list + "[" + i + "]";
      if (ResourceDefaulter.apply(
          policy, slot.container, path, decisions.collisions, decisions.conflicts)) {
        entryOrigins.put(
            ProvenanceSnapshot.resourcesKey(slot.name()),
            new Origin(
                path + ".resources",
                Origin.Source.DEFAULTS_POLICY,
                "resourceDefaults",
                slot.owner,
                policy.limitFactors().isEmpty() ? "fixed defaults" : "derived limits"));
      }
    }
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
}
