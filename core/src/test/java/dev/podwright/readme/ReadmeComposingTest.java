package dev.podwright.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.emit.Collision;
import dev.podwright.emit.Emission;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.model.Precedence;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's composing snippet is {@link Composing}, and it emits what the README says. */
class ReadmeComposingTest {

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from + begin.length());
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }

  private static List<String> normalized(String code) {
    List<String> lines = new ArrayList<>();
    for (String line : code.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  @Test
  void readmeShowsExactlyTheCompiledSnippet() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/test/java/dev/podwright/readme/Composing.java"));

    assertThat(
            normalized(
                between(
                    readme, "<!-- composing:begin -->\n```java", "```\n<!-- composing:end -->")))
        .isEqualTo(normalized(between(source, "// README:begin", "// README:end")));
  }

  @Test
  void theSnippetEmitsWhatTheReadmeShows() throws IOException {
    V1PodSpec app = new V1PodSpec();
    app.setInitContainers(
        new ArrayList<>(List.of(new V1Container().name("migrate").image("app:1"))));
    app.setContainers(
        new ArrayList<>(
            List.of(
                new V1Container()
                    .name("app")
                    .image("app:1")
                    .env(
                        new ArrayList<>(
                            List.of(new V1EnvVar().name("DAPR_HTTP_PORT").value("9000")))))));

    Emission emission = Composing.run(app);

    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(PodSpecWriter.toYaml(emission.spec()))
        .isEqualTo(
            between(
                readme,
                "<!-- composing-result:begin -->\n```yaml\n",
                "```\n<!-- composing-result:end -->"));
    assertThat(emission.provenance().collisions())
        .extracting(Collision::path, Collision::precedence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "spec.containers[0].env[0]", Precedence.KEEP_EXISTING));
  }
}
