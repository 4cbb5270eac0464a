package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void detectsDeclarationFormatsFromContent() {
    assertThat(
            Format.detectDeclaration(
                "apiVersion: numaflow.numaproj.io/v1alpha1\nkind: Pipeline\nspec: {}\n"))
        .isEqualTo(Format.NUMAFLOW);
    assertThat(Format.detectDeclaration("{\"name\": \"algo\", \"sideCars\": []}"))
        .isEqualTo(Format.HKUBE);
    assertThat(Format.detectDeclaration("{\"algorithmImage\": \"a:1\"}")).isEqualTo(Format.HKUBE);
    assertThat(Format.detectDeclaration("{\"workers\": 8, \"init_containers\": []}"))
        .isEqualTo(Format.FELDERA);
    assertThat(Format.detectDeclaration("{\"runtime_config\": {\"init_containers\": []}}"))
        .isEqualTo(Format.FELDERA);
    assertThat(Format.detectDeclaration("sidecars: []\n")).isEqualTo(Format.PODWRIGHT);
    assertThat(Format.detectDeclaration("kind: Pipeline\napiVersion: argoproj.io/v1\n"))
        .isEqualTo(Format.PODWRIGHT);
    assertThat(Format.detectDeclaration("sideCars: []\n"))
        .as("HKube is JSON only")
        .isEqualTo(Format.PODWRIGHT);
    assertThat(Format.detectDeclaration(": : [")).isEqualTo(Format.PODWRIGHT);
  }

  @Test
  void validateTellsManifestsFromDeclarations() {
    assertThat(Format.detectForValidation("apiVersion: v1\nkind: Pod\nspec: {}\n"))
        .isEqualTo(Format.KUBERNETES);
    assertThat(Format.detectForValidation("containers:\n- name: a\n")).isEqualTo(Format.KUBERNETES);
    assertThat(Format.detectForValidation("mainContainer: {name: a}\n"))
        .isEqualTo(Format.PODWRIGHT);
    assertThat(Format.detectForValidation("kind: udf\nsidecars: []\n")).isEqualTo(Format.PODWRIGHT);
    assertThat(Format.detectForValidation("- a\n- b\n")).isEqualTo(Format.KUBERNETES);
    assertThat(Format.detectForValidation("")).isEqualTo(Format.KUBERNETES);
  }
}
