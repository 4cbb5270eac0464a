package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the jar that {@code mvn verify} packaged, as a user would: {@code java -jar
 * target/podwright.jar ...}, in a separate JVM.
 */
class PodwrightJarIT {

  private record Outcome(int exitCode, String out, String err) {}

  private static Outcome java(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("podwright.jar", "target/podwright.jar"));
    assertThat(jar).as("the shaded jar built by the package phase").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("podwright-out", ".txt");
    Path err = Files.createTempFile("podwright-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      boolean finished = process.waitFor(5, TimeUnit.MINUTES);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("the jar finished").isTrue();
      return new Outcome(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void demoRunsFromTheJar() throws Exception {
    Outcome demo = java("demo");

    assertThat(demo.exitCode()).isZero();
    assertThat(demo.err()).isEmpty();
    assertThat(demo.out())
        .startsWith(
            "## 1. Numaflow udf vertex: sidecar on a Unix socket over an in-memory emptyDir\n")
        .contains("## 14. Merge onto a host's base pod spec with a collision (refused)\n")
        .contains("  ERROR KIND_SIDECARS_NOT_ALLOWED sidecars[0]:")
        .contains("- name: my-sidecar\n");
  }

  @Test
  void validateRunsFromTheJarWithItsExitCode() throws Exception {
    Outcome invalid =
        java("validate", "--output", "json", "src/test/resources/cli/invalid-declaration.yaml");

    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out()).contains("\"rule\" : \"KIND_SIDECARS_NOT_ALLOWED\"");

    Outcome help = java("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: podwright");
  }
}
