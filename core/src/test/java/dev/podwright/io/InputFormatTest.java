package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.InputFormat.Content;
import dev.podwright.io.InputFormat.Syntax;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void aPodIsAYamlManifestWithItsKindAndApiVersion() {
    InputFormat format =
        InputFormat.detect(
            "# a comment\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n");

    assertThat(format.syntax()).isEqualTo(Syntax.YAML);
    assertThat(format.content()).isEqualTo(Content.MANIFEST);
    assertThat(format.kind()).contains("Pod");
    assertThat(format.apiVersion()).contains("v1");
    assertThat(format.hasField("spec.containers")).isTrue();
    assertThat(format.hasField("spec.containers.name")).isFalse(); // two levels only
  }

  @Test
  void aDeclarationHasItsOwnFieldsAndNoApiVersion() {
    InputFormat format = InputFormat.detect("sidecars:\n- name: log\n  image: fluent-bit:3\n");

    assertThat(format.syntax()).isEqualTo(Syntax.YAML);
    assertThat(format.content()).isEqualTo(Content.DECLARATION);
    assertThat(format.kind()).isEmpty();
  }

  @Test
  void initContainersBesideContainersIsABareSpecNotADeclaration() {
    assertThat(
            InputFormat.detect("containers: [{name: a, image: b}]\ninitContainers: []\n").content())
        .isEqualTo(Content.MANIFEST);
    assertThat(InputFormat.detect("apiVersion: v1\nsidecars: []\n").content())
        .isEqualTo(Content.MANIFEST);
  }

  @Test
  void jsonIsToldByItsFirstCharacterAfterABomAndWhitespace() {
    InputFormat format =
        InputFormat.detect("\uFEFF \n{\"runtime_config\": {\"init_containers\": []}, \"n\": 1}");

    assertThat(format.syntax()).isEqualTo(Syntax.JSON);
    assertThat(format.content()).isEqualTo(Content.MANIFEST);
    assertThat(format.hasField("runtime_config.init_containers")).isTrue();
    assertThat(format.hasField("n")).isTrue();
    assertThat(InputFormat.detect("[1, 2]").syntax()).isEqualTo(Syntax.JSON);
  }

  @Test
  void onlyTheFirstDocumentCounts() {
    InputFormat format = InputFormat.detect("---\nkind: Service\n---\nsidecars: []\n");

    assertThat(format.kind()).contains("Service");
    assertThat(format.content()).isEqualTo(Content.MANIFEST);
  }

  @Test
  void unparsableOrEmptyTextIsAManifestForTheReaderToRefuse() {
    assertThat(InputFormat.detect("").content()).isEqualTo(Content.MANIFEST);
    assertThat(InputFormat.detect("{not json").content()).isEqualTo(Content.MANIFEST);
    assertThat(InputFormat.detect("just text").content()).isEqualTo(Content.MANIFEST);
    assertThat(InputFormat.detect("a: [\n").kind()).isEmpty();
  }

  @Test
  void aDeclarationBrokenLateIsStillADeclaration() {
    assertThat(InputFormat.detect("sidecars:\n- name: a\nvolumes: [\n").content())
        .isEqualTo(Content.DECLARATION);
  }

  @Test
  void aKindThatIsNotAStringIsNoKind() {
    assertThat(InputFormat.detect("kind: {a: 1}\n").kind()).isEmpty();
    assertThat(InputFormat.detect("kind: 3\n").kind()).contains("3");
  }
}
