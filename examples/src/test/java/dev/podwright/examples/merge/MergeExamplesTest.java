package dev.podwright.examples.merge;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.podwright.emit.MergeConflictException;
import dev.podwright.examples.Example;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.testing.GoldenFiles;
import dev.podwright.validation.composition.CompositionValidator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MergeExamplesTest {

  @Test
  void sidecarIsAddedToTheHostsBaseSpec() {
    Example example = MergeExamples.sidecarOntoBaseSpec();
    CompositionValidator.Result result = example.run();

    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/merge-onto-base.yaml"),
        PodSpecWriter.toYaml(result.spec()));
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/merge-onto-base.yaml"),
        PodSpecWriter.toYaml(example.emit()));
    assertThat(result.report()).hasNoViolations();
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
    assertThat(result.report()).hasExactly("ERROR MERGE_CONFLICT spec.volumes[0]");
  }
}
