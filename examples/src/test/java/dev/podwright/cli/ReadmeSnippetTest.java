package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the real input and the real output of {@code validate}. */
class ReadmeSnippetTest {

  private static final String COMMAND =
      "$ java -jar examples/target/podwright.jar validate invalid-pod.yaml\n";

  @Test
  void validateExampleIsTheRealOutput() throws Exception {
    String snippet = Files.readString(Path.of("..", "README.md"));
    String input = Files.readString(Path.of(Cli.DIR + "invalid-pod.yaml"));
    assertThat(snippet).contains("```yaml\n" + input + "```\n");

    int start = snippet.indexOf(COMMAND) + COMMAND.length();
    String shown = snippet.substring(start, snippet.indexOf("$ echo $?\n", start));
    Cli.Run run = Cli.run("validate", Cli.DIR + "invalid-pod.yaml");

    assertThat(run.out().replace(Cli.DIR, "")).isEqualTo(shown);
    assertThat(snippet).contains("$ echo $?\n" + run.exitCode() + "\n");
  }
}
