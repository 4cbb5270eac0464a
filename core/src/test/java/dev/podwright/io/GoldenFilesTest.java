package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer against golden files, byte for byte, and the round trips through our reader and the
 * official client's Gson. Regenerate with {@code -Dpodwright.updateGoldens=true} ({@link
 * GoldenText}) and review the diff.
 */
class GoldenFilesTest {

  private final ManifestReader reader = new ManifestReader();

  static Stream<Arguments> samples() {
    return SampleSpecs.all().entrySet().stream()
        .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void yamlMatchesGoldenFileByteForByte(String name, V1PodSpec spec) throws IOException {
    assertGolden(name + ".yaml", PodSpecWriter.toYaml(spec));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void podYamlMatchesGoldenFileByteForByte(String name, V1PodSpec spec) throws IOException {
    assertGolden(name + ".pod.yaml", PodSpecWriter.podYaml(name, spec));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void jsonMatchesGoldenFileByteForByte(String name, V1PodSpec spec) throws IOException {
    assertGolden(name + ".json", PodSpecWriter.toJson(spec));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void goldenFileReadsBackToTheCanonicalSpec(String name, V1PodSpec spec) throws IOException {
    String golden = golden(name + ".yaml");
    assertThat(reader.readPodSpec(golden)).isEqualTo(ModelNormalizer.canonical(spec));
    String pod = golden(name + ".pod.yaml");
    Manifest manifest = reader.read(pod).get(0);
    assertThat(manifest.kind()).isEqualTo(ManifestKind.POD);
    assertThat(manifest.name()).isEqualTo(name);
    assertThat(manifest.podSpec()).isEqualTo(ModelNormalizer.canonical(spec));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writeThenReadGivesTheCanonicalSpec(String name, V1PodSpec spec) {
    V1PodSpec canonical = ModelNormalizer.canonical(spec);
    assertThat(reader.readPodSpec(PodSpecWriter.toYaml(spec))).isEqualTo(canonical);
    assertThat(reader.readPodSpec(PodSpecWriter.toJson(spec))).isEqualTo(canonical);
    assertThat(PodSpecWriter.toYaml(canonical)).isEqualTo(PodSpecWriter.toYaml(spec));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void officialGsonReadsOurJsonToTheSameSpec(String name, V1PodSpec spec) throws IOException {
    String json = PodSpecWriter.toJson(spec);
    V1PodSpec viaGson = new JSON().deserialize(json, V1PodSpec.class);
    V1PodSpec viaFromJson = V1PodSpec.fromJson(json);
    assertThat(ModelNormalizer.canonical(viaGson)).isEqualTo(ModelNormalizer.canonical(spec));
    assertThat(ModelNormalizer.canonical(viaFromJson)).isEqualTo(ModelNormalizer.canonical(spec));
    // and the official serializer agrees with ours on the content
    assertThat(JsonParser.parseString(JSON.serialize(ModelNormalizer.canonical(viaGson))))
        .isEqualTo(JsonParser.parseString(json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writingIsDeterministic(String name, V1PodSpec spec) {
    assertThat(PodSpecWriter.toYaml(spec)).isEqualTo(PodSpecWriter.toYaml(spec));
    assertThat(PodSpecWriter.toYaml(ModelCopies.deepCopy(spec)))
        .isEqualTo(PodSpecWriter.toYaml(spec));
    assertThat(PodSpecWriter.toJson(spec)).isEqualTo(PodSpecWriter.toJson(spec));
  }

  private static void assertGolden(String file, String actual) {
    GoldenText.assertMatches(Path.of("src/test/resources/golden", file), actual);
  }

  static String golden(String file) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file %s", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
