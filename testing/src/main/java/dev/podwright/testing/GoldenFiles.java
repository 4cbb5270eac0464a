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
import java.util.Objects;

/**
 * The project's one golden-file mechanism: a test compares what the code produces with a reviewed
 * file kept in the repository, and the one system property {@value #UPDATE_PROPERTY}{@code =true}
 * turns every comparison into a (re)write of its file (then review the diff and commit it).
 *
 * <ul>
 *   <li>{@link #assertMatches(Path, String)}: text, byte for byte (writer output, generated docs,
 *       command-line output);
 *   <li>{@link PodSpecAssert#matchesYaml(String)} and {@link PodSpecAssert#matchesYaml(Path)}: a
 *       pod spec, by meaning (order ignored where Kubernetes ignores it), every differing path
 *       listed.
 * </ul>
 *
 * <pre>{@code
 * GoldenFiles.assertMatches(Path.of("src/test/resources/expected/udf.yaml"), PodSpecWriter.toYaml(spec));
 * }</pre>
 */
public final class GoldenFiles {

  /** The system property that turns golden comparisons into golden (re)writes. */
  public static final String UPDATE_PROPERTY = "podwright.updateGoldens";

  /** Appended to golden failures. */
  static final String UPDATE_HINT =
      "\n(to accept it as the new golden file, run the test with -D" + UPDATE_PROPERTY + "=true)";

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

  /** True when the system property {@value #UPDATE_PROPERTY} asks to (re)write golden files. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * Verifies the text equals the golden file's content, byte for byte. With {@value
   * #UPDATE_PROPERTY}{@code =true} the file (and its directories) is (re)written with the text
   * instead, and the assertion passes.
   *
   * @param file the golden file, usually relative to the module (the tests' working directory)
   * @param actual the text the code produced
   * @throws AssertionError when the file is missing or differs; the message names the file and how
   *     to accept the text
   */
  public static void assertMatches(Path file, String actual) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(actual, "actual");
    if (updating()) {
      writeText(file, actual);
      return;
    }
    String golden;
    try {
      golden = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      throw new AssertionError("golden file " + file + " does not exist" + UPDATE_HINT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + file, e);
    }
    if (!golden.equals(actual)) {
      throw new AssertionError(
          "golden file "
              + file
              + " differs from the text produced, "
              + firstDifference(golden, actual)
              + UPDATE_HINT);
    }
  }

  /** Where two texts first differ: the line number and both lines. */
  static String firstDifference(String golden, String actual) {
    String[] expected = golden.split("\n", -1);
    String[] produced = actual.split("\n", -1);
    int n = Math.min(expected.length, produced.length);
    for (int i = 0; i < n; i++) {
      if (!expected[i].equals(produced[i])) {
        return "first at line "
            + (i + 1)
            + ":\n  golden:   "
            + expected[i]
            + "\n  produced: "
            + produced[i];
      }
    }
    return "golden has " + expected.length + " lines, produced " + produced.length;
  }

  private static void writeText(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write golden file " + file, e);
    }
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
      Files.writeString(file, SpecTrees.toYaml(SpecTrees.normalise(spec)), StandardCharsets.UTF_8);
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
