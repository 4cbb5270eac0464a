package dev.podwright.examples.reproductions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.ManifestReader;
import dev.podwright.io.PodSpecWriter;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewed pod specs under {@code src/test/resources/reproductions/}, read with the library's
 * own reader, and a whole-spec comparison that shows a line diff of the two YAMLs on failure.
 */
final class Reproductions {

  private Reproductions() {}

  /** The reviewed spec of the named reproduction, read with {@link ManifestReader}. */
  static V1PodSpec expected(String name) {
    String resource = "/reproductions/" + name + ".yaml";
    try (InputStream in = Reproductions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no reproduction " + resource);
      }
      return new ManifestReader()
          .readPodSpec(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException cannotRead) {
      throw new UncheckedIOException(cannotRead);
    }
  }

  /** Asserts the whole emitted spec equals the reviewed one; on failure shows a YAML diff. */
  static void assertSameSpec(V1PodSpec emitted, V1PodSpec expected) {
    String emittedYaml = PodSpecWriter.toYaml(emitted);
    String expectedYaml = PodSpecWriter.toYaml(expected);
    assertThat(emitted)
        .withFailMessage(
            () ->
                "emitted spec differs from the reviewed one (- reviewed, + emitted):\n"
                    + diff(expectedYaml, emittedYaml))
        .isEqualTo(expected);
  }

  /** A line diff (longest common subsequence): "-" lines only in a, "+" lines only in b. */
  static String diff(String a, String b) {
    String[] left = a.split("\n", -1);
    String[] right = b.split("\n", -1);
    int[][] common = new int[left.length + 1][right.length + 1];
    for (int i = left.length - 1; i >= 0; i--) {
      for (int j = right.length - 1; j >= 0; j--) {
        common[i][j] =
            left[i].equals(right[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < left.length || j < right.length) {
      if (i < left.length && j < right.length && left[i].equals(right[j])) {
        lines.add("  " + left[i]);
        i++;
        j++;
      } else if (j < right.length && (i == left.length || common[i][j + 1] >= common[i + 1][j])) {
        lines.add("+ " + right[j++]);
      } else {
        lines.add("- " + left[i++]);
      }
    }
    return String.join("\n", lines);
  }
}
