package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated manifests (seeded, so every run sees the same inputs): the reader either reads them or
 * throws a {@link ManifestReadException}; no Jackson or SnakeYAML exception, NPE or
 * ClassCastException escapes.
 */
class ManifestReaderRobustnessTest {

  private static final String NOISE = ":- \n\t\"'[]{}&*!#|>%@,?0123456789.eE~nulltrue";
  private final ManifestReader reader = new ManifestReader();

  static Stream<String> mutants() throws IOException {
    String yaml = GoldenFilesTest.golden("every-volume.pod.yaml");
    String json = GoldenFilesTest.golden("every-volume.json");
    Random random = new Random(20261122L);
    return IntStream.range(0, 400).mapToObj(i -> mutate(i % 2 == 0 ? yaml : json, random));
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && out.length() > 0; e++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.setLength(at);
        case 1 -> out.deleteCharAt(at);
        case 2 -> out.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        default -> out.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("mutants")
  void readsOrRefusesWithAReadableError(String mutant) {
    try {
      assertThat(reader.read(mutant, "mutant.yaml")).isNotNull();
    } catch (ManifestReadException refused) {
      assertThat(refused.getMessage()).startsWith("mutant.yaml:");
      assertThat(refused.detail()).isNotBlank();
      assertThat(refused.line()).isGreaterThanOrEqualTo(0);
    }
  }
}
