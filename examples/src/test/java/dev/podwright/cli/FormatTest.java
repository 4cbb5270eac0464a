package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.InputFormat;
import org.junit.jupiter.api.Test;

class FormatTest {

  private static Format detectDeclaration(String text) {
    return Format.of(InputFormat.detect(text), Format.PODWRIGHT);
  }

  private static Format detectForValidation(String text) {
    return Format.of(InputFormat.detect(text), Format.KUBERNETES);
  }

  @Test
  void detectsDeclarationFormatsFromContent() {
    assertThat(
            detectDeclaration(
                "apiVersion: numaflow.numaproj.io/v1alpha1\nkind: Pipeline\nspec: {}\n"))
        .isEqualTo(Format.NUMAFLOW);
    assertThat(detectDeclaration("{\"name\": \"algo\", \"sideCars\": []}")).isEqualTo(Format.HKUBE);
    assertThat(detectDeclaration("{\"algorithmImage\": \"a:1\"}")).isEqualTo(Format.HKUBE);
    assertThat(detectDeclaration("{\"workers\": 8, \"init_containers\": []}"))
        .isEqualTo(Format.FELDERA);
    assertThat(detectDeclaration("{\"runtime_config\": {\"init_containers\": []}}"))
        .isEqualTo(Format.FELDERA);
    assertThat(detectDeclaration("sidecars: []\n")).isEqualTo(Format.PODWRIGHT);
    assertThat(detectDeclaration("kind: Pipeline\napiVersion: argoproj.io/v1\n"))
        .isEqualTo(Format.PODWRIGHT);
    assertThat(detectDeclaration("sideCars: []\n"))
        .as("HKube is JSON only")
        .isEqualTo(Format.PODWRIGHT);
    assertThat(detectDeclaration(": : [")).isEqualTo(Format.PODWRIGHT);
  }

  @Test
  void validateTellsManifestsFromDeclarations() {
    assertThat(detectForValidation("apiVersion: v1\nkind: Pod\nspec: {}\n"))
        .isEqualTo(Format.KUBERNETES);
    assertThat(detectForValidation("containers:\n- name: a\n")).isEqualTo(Format.KUBERNETES);
    assertThat(detectForValidation("mainContainer: {name: a}\n")).isEqualTo(Format.PODWRIGHT);
    assertThat(detectForValidation("kind: udf\nsidecars: []\n")).isEqualTo(Format.PODWRIGHT);
    assertThat(detectForValidation("- a\n- b\n")).isEqualTo(Format.KUBERNETES);
    assertThat(detectForValidation("")).isEqualTo(Format.KUBERNETES);
  }
}
