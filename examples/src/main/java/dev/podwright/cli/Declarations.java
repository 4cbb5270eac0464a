package dev.podwright.cli;

import dev.podwright.emit.EmitOptions;
import dev.podwright.examples.feldera.FelderaRuntimeConfigReader;
import dev.podwright.examples.hkube.HkubeAlgorithmReader;
import dev.podwright.examples.numaflow.NumaflowBaseSpec;
import dev.podwright.examples.numaflow.NumaflowKinds;
import dev.podwright.examples.numaflow.NumaflowPipelineReader;
import dev.podwright.io.SourceMap;
import dev.podwright.io.declaration.Declaration;
import dev.podwright.io.declaration.DeclarationReader;
import dev.podwright.io.declaration.NamedComposition;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads declarations of every supported format into compositions to emit or validate. */
final class Declarations {

  /** The workload kinds a Podwright declaration may name besides generic and job: Numaflow's. */
  static final Map<String, WorkloadKind> KINDS = NumaflowKinds.byName();

  private Declarations() {}

  /**
   * One composition read from a declaration.
   *
   * @param name the platform's name for it (a Numaflow vertex, an HKube algorithm), or null
   * @param composition the composition
   * @param options how to emit it, command-line overrides applied
   * @param positions where its parts were written (empty for the platform formats, whose readers
   *     keep none)
   * @param base the platform's own pod parts the composition is laid over (Numaflow's, from {@link
   *     NumaflowBaseSpec}), or null for none
   */
  record Unit(
      String name,
      Composition composition,
      EmitOptions options,
      SourceMap positions,
      V1PodSpec base) {}

  /**
   * Reads the text in the given format.
   *
   * @param version the {@code --kubernetes-version} override, or null
   * @param mode the {@code --sidecar-mode} override, or null
   * @throws RuntimeException a reader's exception, located in the file, for unreadable input
   */
  static List<Unit> read(
      String text, String file, Format format, KubernetesVersion version, SidecarMode mode)
      throws UsageException {
    return switch (format) {
      case PODWRIGHT -> {
        Declaration declaration = new DeclarationReader(KINDS).read(text, file);
        yield List.of(
            new Unit(
                null,
                declaration.composition(),
                override(declaration.options(), version, mode),
                declaration.sourceMap(),
                null));
      }
      case NUMAFLOW -> {
        List<Unit> units = new ArrayList<>();
        for (NamedComposition vertex : new NumaflowPipelineReader().read(text, file)) {
          Composition composition = vertex.composition();
          units.add(
              platformUnit(
                  vertex.name(),
                  composition,
                  version,
                  mode,
                  NumaflowBaseSpec.podSpec(composition.kind(), NumaflowBaseSpec.DEFAULT_IMAGE)));
        }
        yield List.copyOf(units);
      }
      case HKUBE -> {
        NamedComposition algorithm = new HkubeAlgorithmReader().read(text, file);
        yield List.of(platformUnit(algorithm.name(), algorithm.composition(), version, mode, null));
      }
      case FELDERA ->
          List.of(
              platformUnit(
                  null, new FelderaRuntimeConfigReader().read(text, file), version, mode, null));
      case KUBERNETES -> throw new UsageException("a Kubernetes manifest is not a declaration");
    };
  }

  private static Unit platformUnit(
      String name,
      Composition composition,
      KubernetesVersion version,
      SidecarMode mode,
      V1PodSpec base) {
    return new Unit(
        name, composition, override(EmitOptions.DEFAULTS, version, mode), SourceMap.empty(), base);
  }

  /** The options with the command line's overrides applied. */
  static EmitOptions override(EmitOptions options, KubernetesVersion version, SidecarMode mode) {
    EmitOptions.Builder overridden = options.toBuilder();
    if (mode != null) {
      overridden.sidecarMode(mode);
    }
    if (version != null) {
      overridden.kubernetesVersion(version);
    }
    return overridden.build();
  }
}
