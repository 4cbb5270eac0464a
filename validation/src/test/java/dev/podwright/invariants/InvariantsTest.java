package dev.podwright.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.ManifestReader;
import dev.podwright.io.ModelCopies;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.model.Composition;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.ValidationReport;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every composition must have, over 200 generated ones. */
class InvariantsTest {

  private static final PodSpecEmitter EMITTER = PodSpecEmitter.standard();
  private static final PodSpecValidator SPECS = PodSpecValidator.standard();
  private static final CompositionValidator COMPOSITIONS = CompositionValidator.standard();
  private static final ManifestReader READER = new ManifestReader();

  static Stream<Composition> compositions() {
    return Compositions.generated(20261122L, 200).stream();
  }

  @ParameterizedTest
  @MethodSource("compositions")
  void emittingTwiceGivesEqualObjectsAndIdenticalYaml(Composition composition) {
    V1PodSpec first = EMITTER.emit(composition);
    V1PodSpec second = EMITTER.emit(composition);
    assertThat(second).isEqualTo(first);
    assertThat(PodSpecWriter.toYaml(second)).isEqualTo(PodSpecWriter.toYaml(first));
  }

  @ParameterizedTest
  @MethodSource("compositions")
  void whatIsWrittenReadsBackEqual(Composition composition) {
    V1PodSpec spec = EMITTER.emit(composition);
    assertThat(READER.readPodSpec(PodSpecWriter.toYaml(spec))).isEqualTo(spec);
    assertThat(READER.readPodSpec(PodSpecWriter.toJson(spec))).isEqualTo(spec);
  }

  @ParameterizedTest
  @MethodSource("compositions")
  void theTwoValidatorsNeverDisagree(Composition composition) {
    CompositionValidator.Result result = COMPOSITIONS.validate(composition);
    ValidationReport direct =
        SPECS.validate(result.spec(), FieldPath.of("spec"), composition.kind().runsToCompletion());
    if (result.report().isValid()) {
      assertThat(direct.errors()).isEmpty();
    }
    assertThat(result.report().violations()).containsAll(direct.violations());
  }

  @ParameterizedTest
  @MethodSource("compositions")
  void noPublicCallChangesItsInput(Composition composition) {
    Composition before = composition.toBuilder().build();
    V1PodSpec base = new V1PodSpec().restartPolicy("Never").serviceAccountName("runner");
    V1PodSpec baseBefore = ModelCopies.deepCopy(base);

    V1PodSpec spec = EMITTER.emit(composition, base);
    V1PodSpec specBefore = ModelCopies.deepCopy(spec);
    COMPOSITIONS.validate(composition, base);
    SPECS.validate(spec);
    PodSpecWriter.toYaml(spec);
    PodSpecWriter.toJson(spec);

    assertThat(composition).isEqualTo(before);
    assertThat(base).isEqualTo(baseBefore);
    assertThat(spec).isEqualTo(specBefore);
  }

  @ParameterizedTest
  @MethodSource("compositions")
  void validationIsTotalOnSpecsFullOfNulls(Composition composition) {
    V1PodSpec spec = EMITTER.emit(composition);
    List<V1Container> containers = new ArrayList<>(spec.getContainers());
    containers.add(null);
    containers.add(new V1Container());
    spec.setContainers(containers);
    spec.setInitContainers(Arrays.asList(null, new V1Container().name(null)));
    spec.setVolumes(Arrays.asList(null, new io.kubernetes.client.openapi.models.V1Volume()));
    spec.getContainers()
        .get(0)
        .setEnv(Arrays.asList(null, new io.kubernetes.client.openapi.models.V1EnvVar()));
    spec.getContainers()
        .get(0)
        .setVolumeMounts(Arrays.asList((io.kubernetes.client.openapi.models.V1VolumeMount) null));
    spec.getContainers()
        .get(0)
        .setPorts(Arrays.asList((io.kubernetes.client.openapi.models.V1ContainerPort) null));

    ValidationReport report = SPECS.validate(spec);

    assertThat(report.byRule("VALIDATOR_INTERNAL_ERROR")).isEmpty();
    assertThat(report.isValid()).isFalse();
    assertThat(SPECS.validate(null).byRule("VALIDATOR_INTERNAL_ERROR")).isEmpty();
  }
}
