package dev.podwright.emit;

import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The pod under construction: the main container kept apart from everything else until the final
 * build, as the emission steps see it. Immutable; every {@code with…} returns a new draft.
 *
 * @param kind the workload kind
 * @param mainContainer the main container, or null when the base spec has it
 * @param sidecars the sidecars, in order
 * @param initContainers the init containers, in order
 * @param volumes the pod-level volumes, in order
 */
public record PodDraft(
    WorkloadKind kind,
    ContainerSpec mainContainer,
    List<Sidecar> sidecars,
    List<InitContainer> initContainers,
    List<Volume> volumes) {

  /** Copies the lists. */
  public PodDraft {
    sidecars = sidecars == null ? List.of() : List.copyOf(sidecars);
    initContainers = initContainers == null ? List.of() : List.copyOf(initContainers);
    volumes = volumes == null ? List.of() : List.copyOf(volumes);
  }

  /** The draft a composition starts as. */
  public static PodDraft of(Composition composition) {
    return new PodDraft(
        composition.kind(),
        composition.mainContainer(),
        composition.sidecars(),
        composition.initContainers(),
        composition.volumes());
  }

  /** This draft with another main container. */
  public PodDraft withMainContainer(ContainerSpec container) {
    return new PodDraft(kind, container, sidecars, initContainers, volumes);
  }

  /** This draft with other sidecars. */
  public PodDraft withSidecars(List<Sidecar> newSidecars) {
    return new PodDraft(kind, mainContainer, newSidecars, initContainers, volumes);
  }

  /** This draft with every sidecar transformed. */
  public PodDraft mapSidecars(UnaryOperator<Sidecar> change) {
    return withSidecars(sidecars.stream().map(change).toList());
  }

  /** This draft with other init containers. */
  public PodDraft withInitContainers(List<InitContainer> newInitContainers) {
    return new PodDraft(kind, mainContainer, sidecars, newInitContainers, volumes);
  }

  /** This draft with other volumes. */
  public PodDraft withVolumes(List<Volume> newVolumes) {
    return new PodDraft(kind, mainContainer, sidecars, initContainers, newVolumes);
  }

  /** This draft with one more volume at the end. */
  public PodDraft plusVolume(Volume volume) {
    List<Volume> next = new ArrayList<>(volumes);
    next.add(volume);
    return withVolumes(next);
  }

  /** This draft with one more sidecar at the end. */
  public PodDraft plusSidecar(Sidecar sidecar) {
    List<Sidecar> next = new ArrayList<>(sidecars);
    next.add(sidecar);
    return withSidecars(next);
  }
}
