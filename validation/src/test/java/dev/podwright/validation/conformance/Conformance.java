package dev.podwright.validation.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podwright.io.KubernetesJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared conformance corpus and reads it. */
final class Conformance {

  private Conformance() {}

  /**
   * A strict YAML mapper for the official models (unknown properties fail). No java.time module is
   * registered: the PSS pods carry no timestamps, and the real-world manifests are read from their
   * pod spec down, which has none.
   */
  static ObjectMapper yaml() {
    ObjectMapper mapper = new YAMLMapper();
    mapper.registerModule(KubernetesJackson.kubernetesModule());
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    return mapper;
  }

  /** {@code shared/conformance/<name>}, found by walking up from the working directory. */
  static Optional<Path> corpus(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("conformance").resolve(name);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
