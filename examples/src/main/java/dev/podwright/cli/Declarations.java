package dev.podwright.cli;

import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.SidecarMode;
import dev.podwright.examples.numaflow.NumaflowKinds;
import dev.podwright.io.declaration.Declaration;
import dev.podwright.io.declaration.DeclarationReader;
import dev.podwright.io.declaration.SourceMap;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.WorkloadKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads declarations of every supported format into compositions to emit or validate. */
final class Declarations {

  /** The workload kinds a Podwright declaration may name, besides generic and job. */
  static final Map<String, WorkloadKind> KINDS = kinds();

  private Declarations() {}

  private static Map<String, WorkloadKind> kinds() {
    Map<String, WorkloadKind> kinds = new LinkedHashMap<>();
    kinds.put(NumaflowKinds.UDF.name(), NumaflowKinds.UDF);
    kinds.put(NumaflowKinds.SINK.name(), NumaflowKinds.SINK);
    kinds.put(NumaflowKinds.SOURCE.name(), NumaflowKinds.SOURCE);
    return kinds;
  }

  /**
   * One composition read from a declaration.
   *
   * @param name the platform's name for it (a Numaflow vertex), or null
   * @param composition the composition
   * @param options how to emit it, command-line overrides applied
   * @param positions where its parts were written
   * @param pathPrefix the path of the composition within the document, e.g. {@code
   *     spec.vertices[1]}, or empty
   */
  record Unit(
      String name,
      Composition composition,
      EmitOptions options,
      SourceMap positions,
      String pathPrefix) {}

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
                ""));
      }
      case NUMAFLOW, HKUBE, FELDERA ->
          throw new UsageException(
              "the " + format.optionName() + " format is not supported by this build");
      case KUBERNETES -> throw new UsageException("a Kubernetes manifest is not a declaration");
    };
  }

  /** The options with the command line's overrides applied. */
  static EmitOptions override(EmitOptions options, KubernetesVersion version, SidecarMode mode) {
    return new EmitOptions(
        mode == null ? options.sidecarMode() : mode,
        version == null ? options.kubernetesVersion() : version,
        options.placement(),
        options.conflicts());
  }
}
