package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.Emission;
import dev.podwright.emit.MergeConflictException;
import dev.podwright.emit.Origin;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.emit.Provenance;
import dev.podwright.io.ModelCopies;
import dev.podwright.kubernetes.CanonicalForm;
import dev.podwright.model.Composition;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The emitter on compositions built from fuzzer data: only a merge conflict may escape; equal input
 * gives equal output, in canonical form (checked strictly, quantities by number, scale and format);
 * the base spec is never changed.
 */
class EmitterFuzzTest {

  @FuzzTest(maxDuration = "15m")
  void emitsOrReportsConflicts(FuzzedDataProvider data) {
    Composition composition;
    try {
      composition = FuzzCompositions.composition(data);
    } catch (IllegalArgumentException refusedByABuilder) {
      return;
    }
    PodSpecEmitter emitter =
        PodSpecEmitter.builder().options(FuzzCompositions.options(data)).build();
    V1PodSpec base = FuzzCompositions.base(data);
    V1PodSpec baseBefore = ModelCopies.deepCopy(base);
    try {
      V1PodSpec first = emitter.emit(composition, base);
      V1PodSpec second = emitter.emit(composition, base);
      assertThat(second).isEqualTo(first);
      assertThat(CanonicalForm.departures(first)).isEmpty();
    } catch (MergeConflictException conflict) {
      assertThat(conflict.conflicts()).isNotEmpty();
    }
    assertThat(base).isEqualTo(baseBefore);
  }

  @FuzzTest(maxDuration = "15m")
  void provenanceCoversEveryElement(FuzzedDataProvider data) {
    Composition composition;
    try {
      composition = FuzzCompositions.composition(data);
    } catch (IllegalArgumentException refusedByABuilder) {
      return;
    }
    PodSpecEmitter emitter =
        PodSpecEmitter.builder().options(FuzzCompositions.options(data)).build();
    BaseSpec base = BaseSpec.of(FuzzCompositions.base(data));
    Emission emission;
    try {
      emission = emitter.emission(composition, base);
    } catch (MergeConflictException conflict) {
      assertThat(conflict.conflicts()).isNotEmpty();
      return;
    }
    V1PodSpec spec = emission.spec();
    Provenance provenance = emission.provenance();
    assertThat(emitter.emission(composition, base)).isEqualTo(emission);
    List<String> expected = new ArrayList<>();
    paths(expected, "spec.initContainers", spec.getInitContainers());
    paths(expected, "spec.containers", spec.getContainers());
    paths(expected, "spec.volumes", spec.getVolumes());
    for (String path : expected) {
      assertThat(provenance.originOf(path)).as(path).isPresent();
      assertThat(provenance.originOf(path).get().path()).isEqualTo(path);
    }
    for (Origin origin : provenance.origins()) {
      assertThat(origin.path()).startsWith("spec.");
      if (origin.source() != Origin.Source.BASE_SPEC) {
        assertThat(origin.declarationPath() != null || origin.source() == Origin.Source.HOST_STEP)
            .as(origin.toString())
            .isTrue();
      }
    }
  }

  private static void paths(List<String> into, String list, List<?> items) {
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) != null) {
          into.add(list + "[" + i + "]");
        }
      }
    }
  }
}
