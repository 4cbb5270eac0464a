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
   * A YAML mapper for the official models. Live objects carry fields the models know as {@code
   * OffsetDateTime} ({@code creationTimestamp}); the test mapper does not register a java.time
   * module, so unknown properties are tolerated and timestamps are read leniently as null.
   */
  static ObjectMapper yaml() {
    ObjectMapper mapper = new YAMLMapper();
    mapper.registerModule(KubernetesJackson.kubernetesModule());
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
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
