package dev.podwright.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.examples.feldera.FelderaRuntimeConfigReader;
import dev.podwright.examples.hkube.HkubeAlgorithmReader;
import dev.podwright.examples.numaflow.NumaflowPipelineReader;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import org.junit.jupiter.api.Test;

/** The platform readers refuse what their platforms refuse, at the path, line and column. */
class PlatformReaderErrorsTest {

  @Test
  void numaflowDocumentsThatAreNotPipelinesOrHaveNoVerticesAreRefused() {
    assertThatThrownBy(
            () -> new NumaflowPipelineReader().read("kind: MonoVertex\nspec: {}", "m.yaml"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
              assertThat(e.path()).isEqualTo("kind");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(7);
            });
    assertThatThrownBy(
            () -> new NumaflowPipelineReader().read("kind: Pipeline\nspec: {}", "p.yaml"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
              assertThat(e.path()).isEqualTo("spec.vertices");
              assertThat(e.line()).isEqualTo(2);
            });
    assertThatThrownBy(
            () ->
                new NumaflowPipelineReader()
                    .read("kind: Pipeline\nspec:\n  vertices:\n    - udf: {}\n", "p.yaml"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
              assertThat(e.path()).isEqualTo("spec.vertices[0].name");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.column()).isEqualTo(7);
            });
  }

  @Test
  void hkubeSidecarWithoutContainerOrWithListEnvironmentsIsRefused() {
    assertThatThrownBy(
            () ->
                new HkubeAlgorithmReader()
                    .read("{\"name\": \"a\", \"sideCars\": [{\"volumeMounts\": []}]}", "a.json"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
              assertThat(e.path()).isEqualTo("sideCars[0].container");
              assertThat(e.column()).isEqualTo(28);
            });
    assertThatThrownBy(
            () ->
                new HkubeAlgorithmReader()
                    .read(
                        "{\"name\": \"a\", \"sideCars\": [{\"container\": {\"name\": \"c\"},"
                            + " \"environments\": [\"A=1\"]}]}",
                        "a.json"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
              assertThat(e.path()).isEqualTo("sideCars[0].environments");
              assertThat(e.column()).isEqualTo(73);
            });
  }

  @Test
  void felderaNegativeResourcesAreRefused() {
    assertThatThrownBy(
            () ->
                new FelderaRuntimeConfigReader()
                    .read("{\"resources\": {\"memory_mb_max\": -1}}", "rc.json"))
        .isInstanceOfSatisfying(
            DeclarationReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
              assertThat(e.path()).isEqualTo("resources.memory_mb_max");
              assertThat(e.column()).isEqualTo(33);
            });
  }

  @Test
  void aHugeExponentIsReportedWithoutExpandingIt() {
    assertThatThrownBy(() -> new HkubeAlgorithmReader().read("555e1676470082", "algorithm.json"))
        .isInstanceOf(DeclarationReadException.class)
        .hasMessageContaining("5.55E+1676470084")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThatThrownBy(
            () ->
                new FelderaRuntimeConfigReader()
                    .read("{\"resources\": {\"memory_mb_max\": 1e400}}", "runtime_config.json"))
        .isInstanceOf(DeclarationReadException.class)
        .hasMessageContaining("not a resource amount Kubernetes can hold");
  }
}
