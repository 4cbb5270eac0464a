package dev.podwright.examples.reproductions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.ManifestReader;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.testing.PodSpecAssertions;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reviewed pod specs under {@code src/test/resources/reproductions/}, read with the library's
 * own reader, and a whole-spec comparison that names every differing path on failure.
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

  /**
   * Asserts the whole emitted spec is the reviewed one: the same meaning, every differing path
   * listed on failure ({@code podwright-testing}'s {@code isEquivalentTo}), and the same YAML, so
   * order counts too.
   */
  static void assertSameSpec(V1PodSpec emitted, V1PodSpec expected) {
    PodSpecAssertions.assertThat(emitted).isEquivalentTo(expected);
    assertThat(PodSpecWriter.toYaml(emitted))
        .as("the emitted YAML, order included")
        .isEqualTo(PodSpecWriter.toYaml(expected));
  }
}
