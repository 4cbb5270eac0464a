package dev.podwright.examples.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.podwright.emit.MergeConflictException;
import dev.podwright.examples.Example;
import dev.podwright.examples.Golden;
import dev.podwright.examples.Outcomes;
import dev.podwright.validation.composition.CompositionValidator;
import org.junit.jupiter.api.Test;

class MergeExamplesTest {

  @Test
  void sidecarIsAddedToTheHostsBaseSpec() {
    Example example = MergeExamples.sidecarOntoBaseSpec();
    CompositionValidator.Result result = example.run();

    assertThat(Golden.yaml(result.spec())).isEqualTo(Golden.expected("merge-onto-base"));
    assertThat(Golden.yaml(example.emit())).isEqualTo(Golden.expected("merge-onto-base"));
    assertThat(Outcomes.of(result.report())).isEmpty();
    assertThat(example.base().getInitContainers()).as("the base is not changed").isNullOrEmpty();
  }

  @Test
  void volumeOfTheSameNameFromAnotherSourceCollides() {
    Example example = MergeExamples.conflictingVolume();

    MergeConflictException thrown =
        catchThrowableOfType(MergeConflictException.class, example::emit);
    assertThat(thrown.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.path()).isEqualTo("spec.volumes[0]");
              assertThat(c.message()).contains("\"config\"");
            });

    CompositionValidator.Result result = example.run();
    assertThat(result.spec()).isNull();
    assertThat(Outcomes.of(result.report()))
        .containsExactly("ERROR MERGE_CONFLICT spec.volumes[0]");
  }
}
