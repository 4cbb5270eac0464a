package dev.podwright.cli;

import dev.podwright.emit.BaseSpec;
import dev.podwright.examples.feldera.FelderaRuntimeConfigReader;
import dev.podwright.examples.hkube.HkubeAlgorithmReader;
import dev.podwright.examples.numaflow.NumaflowBaseSpec;
import dev.podwright.examples.numaflow.NumaflowKinds;
import dev.podwright.examples.numaflow.NumaflowPipelineReader;
import dev.podwright.io.declaration.Declaration;
import dev.podwright.io.declaration.DeclarationReader;
import dev.podwright.io.declaration.NamedComposition;
import dev.podwright.model.Composition;
import dev.podwright.validation.render.RenderRequest;
import java.util.ArrayList;
import java.util.List;

/** Reads declarations of every supported format into render requests, one per composition. */
final class Declarations {

  private Declarations() {}

  /**
   * One composition read from a declaration.
   *
   * @param name the platform's name for it (a Numaflow vertex, an HKube algorithm), or null
   * @param request what to render: the composition, its options and positions, and the platform's
   *     own pod parts as base (Numaflow's); the caller adds overrides and a base manifest
   */
  record Unit(String name, RenderRequest.Builder request) {}

  /**
   * Reads the text in the given format (not {@link Format#KUBERNETES}).
   *
   * @throws dev.podwright.io.declaration.DeclarationReadException for unreadable input
   */
  static List<Unit> read(String text, String file, Format format) {
    return switch (format) {
      case NUMAFLOW -> {
        List<Unit> units = new ArrayList<>();
        for (NamedComposition vertex : new NumaflowPipelineReader().read(text, file)) {
          Composition composition = vertex.composition();
          units.add(
              new Unit(
                  vertex.name(),
                  RenderRequest.builder(composition)
                      .base(
                          BaseSpec.of(
                              NumaflowBaseSpec.podSpec(
                                  composition.kind(), NumaflowBaseSpec.DEFAULT_IMAGE)))));
        }
        yield List.copyOf(units);
      }
      case HKUBE -> {
        NamedComposition algorithm = new HkubeAlgorithmReader().read(text, file);
        yield List.of(new Unit(algorithm.name(), RenderRequest.builder(algorithm.composition())));
      }
      case FELDERA ->
          List.of(
              new Unit(
                  null, RenderRequest.builder(new FelderaRuntimeConfigReader().read(text, file))));
      case PODWRIGHT, KUBERNETES -> {
        Declaration declaration = new DeclarationReader(NumaflowKinds.byName()).read(text, file);
        yield List.of(
            new Unit(
                null,
                RenderRequest.builder(declaration.composition())
                    .options(declaration.options())
                    .declarationPositions(declaration.sourceMap())));
      }
    };
  }
}
