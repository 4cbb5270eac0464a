package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code podwright validate} over every manifest in {@code shared/conformance/realworld} (read in
 * place, found by walking up from the working directory; skipped when absent): all were accepted by
 * real clusters, so the command reports no ERROR on any, except the files named here, which the API
 * server itself rejects.
 */
class ValidateRealWorldTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Files the API server rejects, with the one finding (rule id and path) that says why. {@code
   * 044-istio-user-volume.yaml} is Istio injector test output: the volume {@code user-volume-2} is
   * a configMap with item {@code path: /some-path}; Kubernetes' {@code validateKeyToPath}
   * (pkg/apis/core/validation/validation.go) calls {@code validateLocalNonReservedPath}, whose
   * {@code validateLocalDescendingPath} answers an absolute path with "must be a relative path".
   */
  private static final Map<String, String> REJECTED_BY_THE_API_SERVER =
      Map.of(
          "044-istio-user-volume.yaml",
          "KEYTOPATH_PATH_LOCAL spec.template.spec.volumes[10].configMap.items[0].path");

  private static Optional<Path> corpus() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("conformance").resolve("realworld");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  private static List<Path> files() throws IOException {
    Path dir = corpus().orElse(null);
    Assumptions.assumeTrue(
        dir != null,
        "shared/conformance/realworld not found above "
            + Path.of("").toAbsolutePath()
            + "; skipped");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().matches("\\d{3}-.*\\.yaml"))
          .sorted()
          .toList();
    }
  }

  /** "RULE path" of every ERROR the command reports on one file, with its exit code checked. */
  private static List<String> errors(Path file) throws IOException {
    Cli.Run run = Cli.run("validate", "--output", "json", file.toString());
    assertThat(run.err()).as("standard error for %s", file.getFileName()).isEmpty();
    JsonNode root = JSON.readTree(run.out());
    List<String> errors = new ArrayList<>();
    for (JsonNode document : root.path("files").get(0).path("documents")) {
      for (JsonNode violation : document.path("violations")) {
        if (violation.path("severity").asText().equals("ERROR")) {
          errors.add(violation.path("rule").asText() + " " + violation.path("path").asText());
        }
      }
    }
    assertThat(run.exitCode()).isEqualTo(errors.isEmpty() ? Main.OK : Main.ERRORS);
    return errors;
  }

  @Test
  void theCorpusIsThere() throws IOException {
    assertThat(files()).hasSize(33);
  }

  @TestFactory
  Stream<DynamicTest> noRealManifestHasAnErrorUnlessTheApiServerRejectsIt() throws IOException {
    return files().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String rejected =
                          REJECTED_BY_THE_API_SERVER.get(file.getFileName().toString());
                      List<String> errors = errors(file);
                      if (rejected == null) {
                        assertThat(errors).as("%s", file.getFileName()).isEmpty();
                      } else {
                        assertThat(errors).as("%s", file.getFileName()).containsExactly(rejected);
                      }
                    }));
  }

  @Test
  void aStatefulSetMountingItsClaimTemplateIsValid() throws IOException {
    Path file = corpus().orElse(null);
    Assumptions.assumeTrue(file != null, "shared/conformance/realworld not found; skipped");

    Cli.Run run = Cli.run("validate", file.resolve("062-jenkins-statefulset.yaml").toString());

    assertThat(run.out()).doesNotContain("MOUNT_NAME_NOT_FOUND").doesNotContain("ERROR");
    assertThat(run.exitCode()).isEqualTo(Main.OK);
  }
}
