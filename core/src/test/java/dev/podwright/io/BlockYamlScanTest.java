package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BlockYamlScanTest {

  @Test
  void readsTopLevelFieldsAndTheirFieldsWithScalarText() {
    Map<String, String> fields =
        BlockYamlScan.fields(
            """
            # leading comment
            ---
            apiVersion: "apps/v1"
            kind: Deployment # a comment
            metadata:
              name: web
              labels:
                app: web
            spec:
              template:
                spec:
                  containers:
                  - name: a
                    image: b
            containers:
            - name: x
              image: y
            runtime_config:
              script: |
                not: a field
              init_containers: []
            ---
            kind: Service
            """,
            100);

    assertThat(fields)
        .containsExactly(
            Map.entry("apiVersion", "apps/v1"),
            Map.entry("kind", "Deployment"),
            Map.entry("metadata", ""),
            Map.entry("metadata.name", "web"),
            Map.entry("metadata.labels", ""),
            Map.entry("spec", ""),
            Map.entry("spec.template", ""),
            Map.entry("containers", ""),
            Map.entry("runtime_config", ""),
            Map.entry("runtime_config.script", ""),
            Map.entry("runtime_config.init_containers", ""));
  }

  @Test
  void givesUpOnWhatOnlyAParserReads() {
    assertThat(BlockYamlScan.fields("{kind: Pod}\n", 100)).isNull();
    assertThat(BlockYamlScan.fields("kind: &k Pod\n", 100)).isNull();
    assertThat(BlockYamlScan.fields("? complex\n: key\n", 100)).isNull();
    assertThat(BlockYamlScan.fields("just text\n", 100)).isNull();
    assertThat(BlockYamlScan.fields("--- {a: 1}\n", 100)).isNull();
    assertThat(BlockYamlScan.fields("- a\n- b\n", 100)).isEmpty();
    assertThat(BlockYamlScan.fields("", 100)).isEmpty();
  }

  /** On every YAML file of the repository's tests the scan agrees with the parser, or gives up. */
  @Test
  void agreesWithTheParserOnTheRepositorysYaml() throws IOException {
    List<Path> files;
    try (Stream<Path> walk =
        Stream.of(Path.of("src/test/resources"), Path.of("../examples/src/test/resources"))
            .filter(Files::isDirectory)
            .flatMap(BlockYamlScanTest::walk)) {
      files = walk.filter(f -> f.toString().matches(".*\\.ya?ml")).toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    int scanned = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      Map<String, String> scan = BlockYamlScan.fields(text, 10_000);
      if (scan == null) {
        continue;
      }
      scanned++;
      Map<String, String> parsed = InputFormat.parsedFields(text, InputFormat.Syntax.YAML);
      assertThat(scan).as(file.toString()).isEqualTo(parsed == null ? Map.of() : parsed);
    }
    assertThat(scanned).isGreaterThan(files.size() / 2);
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
