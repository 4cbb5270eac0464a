package dev.podwright.examples.numaflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.model.Composition;
import dev.podwright.model.Owner;
import dev.podwright.model.Sidecar;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import org.junit.jupiter.api.Test;

/** A Numaflow source vertex refuses user sidecars and keeps Numaflow's own. */
class SourceVertexOwnershipTest {

  private static final String RULE = "KIND_SIDECARS_NOT_ALLOWED";

  private static Composition source(String sidecars) {
    String pipeline =
        """
        kind: Pipeline
        spec:
          vertices:
            - name: in
              source:
                udsource: {container: {image: "example/source:1.0"}}
                transformer: {container: {image: "example/transformer:1.0"}}
        """
            + sidecars;
    return new NumaflowPipelineReader().read(pipeline, "pipeline.yaml").get(0).composition();
  }

  private static ValidationReport validate(Composition composition) {
    return CompositionValidator.standard()
        .validate(composition, NumaflowBaseSpec.podSpec(NumaflowKinds.SOURCE, "numaflow:1.5"))
        .report();
  }

  @Test
  void numaflowsOwnUdsourceAndTransformerNativeSidecarsAreValidOnASourceVertex() {
    Composition composition = source("");
    assertThat(composition.sidecars())
        .extracting(Sidecar::name, Sidecar::owner)
        .containsExactly(tuple("transformer", Owner.PLATFORM), tuple("udsource", Owner.PLATFORM));

    ValidationReport report = validate(composition);

    assertThat(report.byRule(RULE)).isEmpty();
    assertThat(report.isValid()).as(report.toString()).isTrue();
  }

  @Test
  void aUserSidecarOnASourceVertexIsRefusedAndTheFindingSaysWhoseItIs() {
    Composition composition =
        source(
            """
                  sidecars:
                    - {name: tap, image: "busybox:1.36"}
            """);

    ValidationReport report = validate(composition);

    assertThat(report.byRule(RULE))
        .extracting(Violation::path, Violation::severity, Violation::value, Violation::message)
        .containsExactly(
            tuple(
                "sidecars[0]",
                Severity.ERROR,
                "tap",
                "sidecar \"tap\" (owned by user) is not allowed: workload kind \"source\" takes"
                    + " no user-owned sidecars (Numaflow source vertices do not support"
                    + " sidecars)."));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void onlyUserOwnedSidecarsCountWhateverOtherOwnerAHostNames() {
    Composition composition =
        Composition.builder()
            .kind(NumaflowKinds.SOURCE)
            .sidecar(Sidecar.builder("mesh-proxy").image("proxy:1").owner(Owner.of("mesh")).build())
            .sidecar(Sidecar.builder("mine").image("busybox:1.36").build())
            .build();

    assertThat(CompositionValidator.standard().validate(composition).report().byRule(RULE))
        .extracting(Violation::path, Violation::value)
        .containsExactly(tuple("sidecars[1]", "mine"));
  }
}
