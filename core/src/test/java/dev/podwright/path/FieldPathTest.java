package dev.podwright.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldPathTest {

  @Test
  void rendersFieldsIndexesAndKeysLikeTheApiServer() {
    FieldPath path =
        FieldPath.of("spec", "initContainers")
            .index(1)
            .child("volumeMounts")
            .index(0)
            .child("name");
    assertThat(path).hasToString("spec.initContainers[1].volumeMounts[0].name");
    assertThat(FieldPath.of("resources", "limits").key("cpu")).hasToString("resources.limits[cpu]");
  }

  @Test
  void prefixesAnotherPath() {
    FieldPath relative = FieldPath.of("containers").index(0).child("name");
    assertThat(relative.under(FieldPath.of("spec"))).hasToString("spec.containers[0].name");
    assertThat(FieldPath.root().index(3).child("name").under(FieldPath.of("sidecars")))
        .hasToString("sidecars[3].name");
    assertThat(relative.under(FieldPath.root())).isEqualTo(relative);
    assertThat(FieldPath.root().under(FieldPath.of("spec"))).isEqualTo(FieldPath.of("spec"));
  }

  @Test
  void isImmutableAndComparedByRendering() {
    FieldPath base = FieldPath.of("spec");
    FieldPath child = base.child("volumes");
    assertThat(base).hasToString("spec");
    assertThat(child).isEqualTo(FieldPath.of("spec", "volumes")).isNotEqualTo(base);
    assertThat(child.hashCode()).isEqualTo(FieldPath.of("spec", "volumes").hashCode());
    assertThat(FieldPath.root().isRoot()).isTrue();
    assertThat(FieldPath.root()).hasToString("");
  }

  @Test
  void refusesEmptyNamesAndNegativeIndexes() {
    assertThatThrownBy(() -> FieldPath.root().child(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldPath.root().index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
