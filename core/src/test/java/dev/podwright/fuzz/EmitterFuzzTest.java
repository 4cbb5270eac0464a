package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.emit.MergeConflictException;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.ModelCopies;
import dev.podwright.model.Composition;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * The emitter on compositions built from fuzzer data: only a merge conflict may escape; equal input
 * gives equal output; the base spec is never changed.
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
    } catch (MergeConflictException conflict) {
      assertThat(conflict.conflicts()).isNotEmpty();
    }
    assertThat(base).isEqualTo(baseBefore);
  }
}
