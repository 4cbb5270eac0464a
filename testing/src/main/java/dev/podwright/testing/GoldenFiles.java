package dev.podwright.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podwright.io.KubernetesJackson;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading and (re)writing golden pod spec YAML files. */
final class GoldenFiles {

  /** The system property that turns golden comparisons into golden (re)writes. */
  static final String UPDATE_PROPERTY = "podwright.updateGoldens";

  /** Appended to golden failures. */
  static final String UPDATE_HINT =
      "\n(to accept the spec as the new golden file, run the test with -D"
          + UPDATE_PROPERTY
          + "=true)";

  /** The YAML mapper for pod specs: the Kubernetes module, no empties, unknown fields rejected. */
  static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .build())
          .addModule(KubernetesJackson.kubernetesModule())
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private GoldenFiles() {}

  /** True when the system property asks to (re)write golden files. */
  static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /** The spec in a classpath resource; null when there is no such resource. */
  static V1PodSpec readResource(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = GoldenFiles.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden resource " + name, e);
    }
  }

  /** The spec in a file; null when there is no such file. */
  static V1PodSpec readFile(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (NoSuchFileException missing) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + file, e);
    }
  }

  /** Writes the normalised spec to the file, creating its directories. */
  static void write(Path file, V1PodSpec spec) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, SpecTrees.toYaml(SpecTrees.normalise(spec)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write golden file " + file, e);
    }
  }

  private static V1PodSpec parse(String yaml, String name) {
    if (yaml.isBlank()) {
      return new V1PodSpec();
    }
    try {
      V1PodSpec spec = YAML.readValue(yaml, V1PodSpec.class);
      return spec == null ? new V1PodSpec() : spec;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "golden " + name + " is not a pod spec in YAML: " + e.getOriginalMessage(), e);
    }
  }
}
