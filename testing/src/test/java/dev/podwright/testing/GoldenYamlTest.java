package dev.podwright.testing;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenYamlTest {

  @TempDir Path dir;

  private String updateGoldens;

  /**
   * These tests decide themselves when to update; a -Dpodwright.updateGoldens=true must not leak.
   */
  @BeforeEach
  void notUpdating() {
    updateGoldens = System.clearProperty("podwright.updateGoldens");
  }

  @AfterEach
  void restoreUpdating() {
    if (updateGoldens == null) {
      System.clearProperty("podwright.updateGoldens");
    } else {
      System.setProperty("podwright.updateGoldens", updateGoldens);
    }
  }

  @Test
  void matchesGoldenResource() {
    assertThat(Specs.platformPod()).matchesYaml("golden/platform-pod.yaml");
    assertThat(Specs.platformPod()).matchesYaml("/golden/platform-pod.yaml");
  }

  @Test
  void differenceListsPathsAndHowToAccept() {
    V1PodSpec changed = Specs.platformPod();
    changed.getContainers().get(0).getEnv().get(0).value("info");
    assertThatThrownBy(() -> assertThat(changed).matchesYaml("golden/platform-pod.yaml"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected spec to match golden resource golden/platform-pod.yaml but 1 path differs:\n"
                + "  spec.containers[name=main].env[name=LOG_LEVEL].value: expected \"debug\" but"
                + " was \"info\"\n"
                + "(to accept it as the new golden file, run the test with"
                + " -Dpodwright.updateGoldens=true)");
  }

  @Test
  void missingResourceFails() {
    assertThatThrownBy(() -> assertThat(Specs.platformPod()).matchesYaml("golden/nope.yaml"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected spec to match golden resource golden/nope.yaml but it is not on the"
                + " classpath\n(to accept");
  }

  @Test
  void matchesGoldenFile() throws IOException {
    Path file = dir.resolve("pod.yaml");
    Files.writeString(
        file,
        """
        containers:
        - name: app
          image: app:1
          resources:
            limits:
              cpu: 1000m
              memory: 1Gi
        volumes:
        - name: b
          emptyDir: {}
        - name: a
        """);
    V1PodSpec spec =
        Yamlish.spec(
            "containers:\n- name: app\n  image: app:1\n  resources:\n    limits:\n      memory:"
                + " 1024Mi\n      cpu: 1\nvolumes:\n- name: a\n- name: b\n");
    assertThat(spec).matchesYaml(file);
    assertThatThrownBy(() -> assertThat(spec.hostNetwork(true)).matchesYaml(file))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected spec to match golden file "
                + file
                + " but 1 path differs:\n  spec.hostNetwork: expected <absent> but was true\n");
  }

  @Test
  void missingFileFails() {
    Path file = dir.resolve("absent.yaml");
    assertThatThrownBy(() -> assertThat(new V1PodSpec()).matchesYaml(file))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected spec to match golden file " + file + " but it does not exist\n");
  }

  @Test
  void goldenThatIsNotAPodSpecIsReported() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "kind: Pod\nspec: {}\n");
    assertThatThrownBy(() -> assertThat(new V1PodSpec()).matchesYaml(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "golden " + file + " is not a pod spec in YAML: Unrecognized field \"kind\"");
  }

  @Test
  void emptyGoldenIsAnEmptySpec() throws IOException {
    Path file = dir.resolve("empty.yaml");
    Files.writeString(file, "");
    assertThat(new V1PodSpec()).matchesYaml(file);
  }

  @Test
  void updateModeWritesTheFileAndPasses() throws IOException {
    Path file = dir.resolve("sub/dir/pod.yaml");
    System.setProperty("podwright.updateGoldens", "true");
    assertThat(Specs.platformPod()).matchesYaml(file);
    System.clearProperty("podwright.updateGoldens");

    assertThat(Specs.platformPod()).matchesYaml(file);
    org.assertj.core.api.Assertions.assertThat(file)
        .content()
        .startsWith("containers:\n- env:\n  - name: LOG_LEVEL\n    value: debug\n");
  }

  @Test
  void updateModeWritesResourcesUnderTheRoot() {
    System.setProperty("podwright.updateGoldens", "true");
    assertThat(Specs.platformPod()).matchesYaml("golden/new.yaml", dir);
    System.clearProperty("podwright.updateGoldens");

    assertThat(Specs.platformPod()).matchesYaml(dir.resolve("golden/new.yaml"));
  }

  @Test
  void updateModeRewritesAStaleFile() throws IOException {
    Path file = dir.resolve("stale.yaml");
    Files.writeString(file, "hostNetwork: true\n");
    System.setProperty("podwright.updateGoldens", "true");
    assertThat(new V1PodSpec().hostPID(true)).matchesYaml(file);
    org.assertj.core.api.Assertions.assertThat(file).hasContent("hostPID: true\n");
  }

  @Test
  void textGoldensMatchByteForByteAndNameTheFirstDifference() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "one\ntwo\n");

    GoldenFiles.assertMatches(file, "one\ntwo\n");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(file, "one\nthree\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "golden file "
                + file
                + " differs from the text produced, first at line 2:\n"
                + "  golden:   two\n"
                + "  produced: three\n"
                + "(to accept it as the new golden file, run the test with"
                + " -Dpodwright.updateGoldens=true)");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(file, "one\ntwo"))
        .hasMessageContaining("golden has 3 lines, produced 2");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(dir.resolve("none.txt"), ""))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("golden file " + dir.resolve("none.txt") + " does not exist");
  }

  @Test
  void updateModeRewritesATextGolden() {
    Path file = dir.resolve("docs/new.md");
    System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
    GoldenFiles.assertMatches(file, "# title\n");
    System.clearProperty(GoldenFiles.UPDATE_PROPERTY);

    GoldenFiles.assertMatches(file, "# title\n");
    org.assertj.core.api.Assertions.assertThat(file).hasContent("# title");
  }

  /** Reads a spec the way golden files are read. */
  static final class Yamlish {
    private Yamlish() {}

    static V1PodSpec spec(String yaml) {
      try {
        return GoldenFiles.YAML.readValue(yaml, V1PodSpec.class);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
