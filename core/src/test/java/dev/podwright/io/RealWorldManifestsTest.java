package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world manifest under {@code shared/conformance/realworld/} (found by walking up from
 * the working directory; skipped when absent) reads into at least one workload with containers, and
 * what we write from it reads back to the same spec.
 */
class RealWorldManifestsTest {

  private final ManifestReader reader = new ManifestReader();

  static Stream<Path> manifests() throws IOException {
    Path directory = findRealWorld();
    Assumptions.assumeTrue(directory != null, "shared/conformance/realworld not found");
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void readsIntoWorkloadsWithContainers(Path file) {
    List<Manifest> manifests = reader.read(file);

    assertThat(manifests).as(file.getFileName().toString()).isNotEmpty();
    for (Manifest manifest : manifests) {
      V1PodSpec spec = manifest.podSpec();
      assertThat(spec.getContainers()).isNotEmpty();
      assertThat(manifest.position(manifest.specPath().child("containers").index(0).toString()))
          .isPresent();
      assertThat(reader.readPodSpec(PodSpecWriter.toYaml(spec))).isEqualTo(spec);
      assertThat(reader.readPodSpec(PodSpecWriter.toJson(spec))).isEqualTo(spec);
    }
  }

  private static Path findRealWorld() {
    Path current = Path.of("").toAbsolutePath();
    while (current != null) {
      Path candidate = current.resolve("shared/conformance/realworld");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      current = current.getParent();
    }
    return null;
  }
}
