package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.SourceMap;
import dev.podwright.io.SourcePosition;
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
    SourceMap map = SourceMap.of("d.yaml", positions);

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
}
