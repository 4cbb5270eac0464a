package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.model.Precedence;
import dev.podwright.model.Volume;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The emitted volume list: the base spec's volumes, then the composition's; a composition volume
 * named like a base volume with another source is a collision decided by the emitter's precedence.
 * Keeps where each volume came from. Used by one emission only.
 */
final class VolumeAssembler {

  private final List<Volume> declared;
  private final Precedence precedence;
  private final Decisions decisions;
  private final List<V1Volume> volumes;
  private final List<Origin.Source> sources = new ArrayList<>();
  private final List<String> declarations = new ArrayList<>();

  /**
   * @param baseVolumes the base spec's volumes (null for none)
   * @param declared the composition's declared volumes, for declaration paths
   */
  VolumeAssembler(
      List<V1Volume> baseVolumes,
      List<Volume> declared,
      Precedence precedence,
      Decisions decisions) {
    this.declared = declared;
    this.precedence = precedence;
    this.decisions = decisions;
    this.volumes = baseVolumes == null ? new ArrayList<>() : new ArrayList<>(baseVolumes);
    for (int i = 0; i < volumes.size(); i++) {
      sources.add(Origin.Source.BASE_SPEC);
      declarations.add(null);
    }
  }

  /** Adds one composition volume, or decides its collision with a base volume of its name. */
  void add(V1Volume volume) {
    String declaration = declarationOf(volume.getName());
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
      String path = "spec.volumes[" + i + "]";
      decisions.collisions.add(
          new Collision(path, String.valueOf(existing), String.valueOf(volume), precedence));
      if (precedence == Precedence.OVERRIDE) {
        volumes.set(i, volume);
        sources.set(i, Origin.Source.DECLARATION);
        declarations.set(i, declaration);
      } else if (precedence == Precedence.FAIL) {
        decisions.conflicts.add(
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

  private String declarationOf(String name) {
    for (int i = 0; i < declared.size(); i++) {
      if (Objects.equals(declared.get(i).name(), name)) {
        return "volumes[" + i + "]";
      }
    }
    return null;
  }

  /** The emitted volumes (empty becomes null when the spec is cleaned). */
  List<V1Volume> volumes() {
    return volumes;
  }

  /** Where the volume at this index came from. */
  Origin.Source source(int index) {
    return sources.get(index);
  }

  /** The declaration path of the volume at this index, or null. */
  String declaration(int index) {
    return declarations.get(index);
  }
}
