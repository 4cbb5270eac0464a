package dev.podwright.cli;

import dev.podwright.io.InputFormat;

/** The input formats the command line reads, told apart by {@link InputFormat}. */
enum Format {
  /** A Kubernetes manifest: a bare pod spec, a Pod, a workload with a pod template. */
  KUBERNETES("Manifest"),
  /** The Podwright declaration format. */
  PODWRIGHT("PodwrightDeclaration"),
  /** A Numaflow {@code Pipeline}: one composition per vertex. */
  NUMAFLOW("NumaflowVertex"),
  /** An HKube algorithm (JSON with {@code sideCars}). */
  HKUBE("HKubeAlgorithm"),
  /** A Feldera pipeline's {@code runtime_config} (JSON with {@code init_containers}). */
  FELDERA("FelderaPipeline");

  private final String kindName;

  Format(String kindName) {
    this.kindName = kindName;
  }

  /** The {@code kind} shown for a document of this format in reports. */
  String kindName() {
    return kindName;
  }

  /**
   * The seed platforms' formats: numaflow for {@code kind: Pipeline} with a numaflow {@code
   * apiVersion}, hkube for JSON with {@code sideCars} or {@code algorithmImage}, feldera for JSON
   * with {@code init_containers} (at the top or in {@code runtime_config}); else a Podwright
   * declaration for a declaration and {@code otherwise} for the rest.
   */
  static Format of(InputFormat input, Format otherwise) {
    if (input.kind().filter("Pipeline"::equals).isPresent()
        && input.apiVersion().filter(v -> v.startsWith("numaflow")).isPresent()) {
      return NUMAFLOW;
    }
    if (input.syntax() == InputFormat.Syntax.JSON) {
      if (input.hasField("sideCars") || input.hasField("algorithmImage")) {
        return HKUBE;
      }
      if (input.hasField("init_containers") || input.hasField("runtime_config.init_containers")) {
        return FELDERA;
      }
    }
    return input.content() == InputFormat.Content.DECLARATION ? PODWRIGHT : otherwise;
  }
}
