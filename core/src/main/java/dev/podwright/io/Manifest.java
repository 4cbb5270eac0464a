package dev.podwright.io;

import dev.podwright.path.FieldPath;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One workload read from a manifest: a document (or an item of a {@code kind: List}) that carries a
 * pod spec.
 *
 * <p>Immutable: {@link #podSpec()} hands out a fresh copy on every call.
 *
 * @param source the file or other source the manifest was read from, or null when not known
 * @param documentIndex which document of the stream this is, counted from 0 (empty documents count)
 * @param kind the kind of document, {@link ManifestKind#POD_SPEC} for a bare spec
 * @param name {@code metadata.name}, or null when the document has none
 * @param podSpec the pod spec in {@linkplain ModelNormalizer#canonical canonical} form
 * @param specPath where the spec sits in the document, e.g. {@code spec.template.spec}
 * @param positions where each field of the document sits in the text
 * @param podAnnotations the annotations of the pod (or pod template) metadata, sorted; empty for a
 *     bare spec
 * @param volumeClaimTemplateNames a StatefulSet's {@code volumeClaimTemplates} names, in order
 * @param readProblems what reading found but did not stop at, in document order: schema problems
 *     (their values are left out of {@link #podSpec()}) and repeated keys; empty for a clean
 *     document. Paths are from the document root.
 * @param workloadAnnotations the annotations of the document's own metadata (a Deployment's, a
 *     Pod's), sorted; empty for a bare spec
 */
public record Manifest(
    String source,
    int documentIndex,
    ManifestKind kind,
    String name,
    V1PodSpec podSpec,
    FieldPath specPath,
    SourceMap positions,
    Map<String, String> podAnnotations,
    List<String> volumeClaimTemplateNames,
    List<ReadProblem> readProblems,
    Map<String, String> workloadAnnotations) {

  /**
   * Copies the spec into canonical form.
   *
   * @throws NullPointerException if kind, podSpec, specPath or positions is null
   */
  public Manifest {
    readProblems = readProblems == null ? List.of() : List.copyOf(readProblems);
    Objects.requireNonNull(kind, "kind");
    podSpec = ModelNormalizer.canonical(Objects.requireNonNull(podSpec, "podSpec"));
    Objects.requireNonNull(specPath, "specPath");
    Objects.requireNonNull(positions, "positions");
    podAnnotations =
        podAnnotations == null
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(podAnnotations));
    volumeClaimTemplateNames =
        volumeClaimTemplateNames == null ? List.of() : List.copyOf(volumeClaimTemplateNames);
    workloadAnnotations =
        workloadAnnotations == null
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(workloadAnnotations));
  }

  /**
   * A manifest without the workload's own annotations.
   *
   * @throws NullPointerException if kind, podSpec, specPath or positions is null
   */
  public Manifest(
      String source,
      int documentIndex,
      ManifestKind kind,
      String name,
      V1PodSpec podSpec,
      FieldPath specPath,
      SourceMap positions,
      Map<String, String> podAnnotations,
      List<String> volumeClaimTemplateNames,
      List<ReadProblem> readProblems) {
    this(
        source,
        documentIndex,
        kind,
        name,
        podSpec,
        specPath,
        positions,
        podAnnotations,
        volumeClaimTemplateNames,
        readProblems,
        Map.of());
  }

  /**
   * A manifest read without problems.
   *
   * @throws NullPointerException if kind, podSpec, specPath or positions is null
   */
  public Manifest(
      String source,
      int documentIndex,
      ManifestKind kind,
      String name,
      V1PodSpec podSpec,
      FieldPath specPath,
      SourceMap positions,
      Map<String, String> podAnnotations,
      List<String> volumeClaimTemplateNames) {
    this(
        source,
        documentIndex,
        kind,
        name,
        podSpec,
        specPath,
        positions,
        podAnnotations,
        volumeClaimTemplateNames,
        List.of(),
        Map.of());
  }

  /** True when reading found an ERROR-level problem (the API server would reject the object). */
  public boolean hasReadErrors() {
    return readProblems.stream().anyMatch(p -> p.level() == ReadProblem.Level.ERROR);
  }

  /**
   * The pod spec as the workload's controller runs it: for a StatefulSet, with the PVC volume the
   * controller adds for each {@code volumeClaimTemplates} entry (named after the template, claim
   * {@code <template>-<statefulset>-0}), unless the spec already declares a volume of that name.
   * Other kinds: the same as {@link #podSpec()}. Validate this one; existing entries keep their
   * paths, added volumes come last.
   */
  public V1PodSpec podSpecAsRun() {
    V1PodSpec spec = podSpec();
    if (volumeClaimTemplateNames.isEmpty()) {
      return spec;
    }
    List<V1Volume> volumes = spec.getVolumes() == null ? new ArrayList<>() : spec.getVolumes();
    for (String claim : volumeClaimTemplateNames) {
      boolean declared =
          volumes.stream().anyMatch(volume -> volume != null && claim.equals(volume.getName()));
      if (!declared) {
        volumes.add(
            new V1Volume()
                .name(claim)
                .persistentVolumeClaim(
                    new V1PersistentVolumeClaimVolumeSource()
                        .claimName(claim + "-" + (name == null ? "pod" : name) + "-0")));
      }
    }
    spec.setVolumes(volumes);
    return spec;
  }

  /** A copy of the canonical pod spec; changing it does not change this manifest. */
  @Override
  public V1PodSpec podSpec() {
    return ModelCopies.deepCopy(podSpec);
  }

  /** True for Jobs and CronJobs, whose pods are meant to finish. */
  public boolean runsToCompletion() {
    return kind.runsToCompletion();
  }

  /**
   * Where a field sits in the text, by its path from the document root, e.g. {@code
   * spec.containers[1].image}.
   */
  public Optional<SourcePosition> position(String documentPath) {
    return positions.find(documentPath);
  }

  /**
   * Where a field of the pod spec sits, by its path relative to the spec (e.g. {@code
   * containers[0].image}), or of its nearest ancestor present in the text.
   */
  public Optional<SourcePosition> positionInSpec(FieldPath pathInSpec) {
    return positions.findNearest(pathInSpec.under(specPath));
  }
}
