package dev.podwright.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quickstart is this module's {@link Quickstart}, and it runs. */
class ReadmeQuickstartTest {

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from + begin.length());
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }

  private static String normalized(String code) {
    return Arrays.stream(code.split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void readmeShowsExactlyTheCompiledQuickstart() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source =
        Files.readString(Path.of("src/test/java/dev/podwright/quickstart/Quickstart.java"));

    String documented =
        between(readme, "<!-- quickstart:begin -->\n```java", "```\n<!-- quickstart:end -->");
    String compiled = between(source, "// README:begin", "// README:end");

    assertThat(normalized(documented)).isEqualTo(normalized(compiled));
  }

  @Test
  void readmeInstallSnippetIsWhatTheConsumerProjectUses() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String consumerPom =
        Files.readString(Path.of("..", "consumer-it", "src", "it", "platform-consumer", "pom.xml"));
    String version =
        between(Files.readString(Path.of("pom.xml")), "<version>", "</version>").strip();

    String documented =
        between(readme, "<!-- install:begin -->\n```xml", "```\n<!-- install:end -->");
    String used =
        between(consumerPom, "<!-- install:begin -->", "<!-- install:end -->")
                .replace("@project.version@", version)
            + "</dependencies>";

    assertThat(normalized(documented)).isEqualTo(normalized(used));
  }

  @Test
  void quickstartEmitsANativeSidecarSharingTheInMemoryVolume() {
    V1PodSpec spec = Quickstart.run();

    assertThat(spec.getContainers()).extracting(V1Container::getName).containsExactly("udf");
    V1Container sidecar = spec.getInitContainers().get(0);
    assertThat(sidecar.getName()).isEqualTo("lib-server");
    assertThat(sidecar.getRestartPolicy()).isEqualTo("Always");
    assertThat(spec.getVolumes().get(0).getEmptyDir().getMedium()).isEqualTo("Memory");
    assertThat(List.of(sidecar.getVolumeMounts().get(0).getMountPath())).containsExactly("/uds");
  }
}
