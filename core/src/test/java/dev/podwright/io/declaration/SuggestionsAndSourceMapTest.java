package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.path.FieldPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Did you mean", position lookups, and the platform readers' remaining error paths. */
class SuggestionsAndSourceMapTest {

  @Test
  void distanceCountsEditsAndTranspositions() {
    assertThat(Suggestions.distance("image", "image")).isZero();
    assertThat(Suggestions.distance("imagee", "image")).isEqualTo(1);
    assertThat(Suggestions.distance("iamge", "image")).isEqualTo(1);
    assertThat(Suggestions.distance("volumes", "vlomues")).isEqualTo(2);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void closestNamesAreWithinAFewEditsCaseInsensitiveAndClosestFirst() {
    List<String> known = List.of("volumeMounts", "volumes", "volumeDevices", "image");
    assertThat(Suggestions.closest("volumemounts", known)).containsExactly("volumeMounts");
    assertThat(Suggestions.closest("volume", known)).containsExactly("volumes");
    assertThat(Suggestions.closest("img", known)).isEmpty();
    assertThat(Suggestions.closest("x", known)).isEmpty();
    assertThat(Suggestions.closest(null, known)).isEmpty();
  }

  @Test
  void sourceMapFindsExactPathsNearestAncestorsAndBracketedKeys() {
    Map<String, SourcePosition> positions = new LinkedHashMap<>();
    positions.put("", new SourcePosition(1, 1));
    positions.put("sidecars", new SourcePosition(2, 11));
    positions.put("sidecars[0]", new SourcePosition(3, 5));
    positions.put("sidecars[0].resources.limits.cpu", new SourcePosition(6, 14));
    SourceMap map = new SourceMap("d.yaml", positions);

    assertThat(map.file()).isEqualTo("d.yaml");
    assertThat(map.size()).isEqualTo(4);
    assertThat(map.find("sidecars[0]")).contains(new SourcePosition(3, 5));
    assertThat(map.find("sidecars[0].resources.limits[cpu]")).contains(new SourcePosition(6, 14));
    assertThat(map.find(FieldPath.of("sidecars").index(0))).contains(new SourcePosition(3, 5));
    assertThat(map.find("sidecars[0].image")).isEmpty();
    assertThat(map.findNearest("sidecars[0].image")).contains(new SourcePosition(3, 5));
    assertThat(map.findNearest(FieldPath.of("volumes").index(2)))
        .contains(new SourcePosition(1, 1));
    assertThat(map.find((String) null)).isEmpty();
    assertThat(SourceMap.empty().findNearest("anything")).isEmpty();
    assertThat(SourceMap.empty().file()).isNull();
  }

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
}
