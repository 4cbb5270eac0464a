package dev.podwright.validation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podwright.io.Manifest;
import dev.podwright.io.ManifestReader;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.manifest.ManifestValidator;
import dev.podwright.validation.report.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every workload in {@code shared/conformance/realworld}, read in place, validates without an ERROR
 * through the manifest entry point {@link ManifestValidator#standard()} (no host policy): as its
 * controller runs it, with the workload-kind rules.
 */
class RealWorldConformanceTest {

  private static final ObjectMapper YAML = Conformance.yaml();
  private static final ManifestValidator VALIDATOR = ManifestValidator.standard();

  record Workload(String kind, String name, JsonNode spec, FieldPath path, boolean job) {}

  private static List<Path> files() throws IOException {
    Path dir = Conformance.corpus("realworld").orElse(null);
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

  /** The pod specs of every workload document in a file. */
  static List<Workload> workloads(Path file) throws IOException {
    List<Workload> found = new ArrayList<>();
    try (MappingIterator<JsonNode> docs =
        YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (docs.hasNextValue()) {
        JsonNode doc = docs.nextValue();
        if (doc == null || !doc.isObject() || !doc.has("kind")) {
          continue;
        }
        String kind = doc.get("kind").asText();
        String name = doc.path("metadata").path("name").asText();
        switch (kind) {
          case "Pod" ->
              found.add(new Workload(kind, name, doc.get("spec"), FieldPath.of("spec"), false));
          case "CronJob" ->
              found.add(
                  new Workload(
                      kind,
                      name,
                      doc.path("spec")
                          .path("jobTemplate")
                          .path("spec")
                          .path("template")
                          .path("spec"),
                      FieldPath.of("spec", "jobTemplate", "spec", "template", "spec"),
                      true));
          case "Deployment",
              "StatefulSet",
              "DaemonSet",
              "ReplicaSet",
              "Job",
              "ReplicationController",
              "PodTemplate" -> {
            JsonNode template =
                kind.equals("PodTemplate")
                    ? doc.path("template")
                    : doc.path("spec").path("template");
            FieldPath path =
                kind.equals("PodTemplate")
                    ? FieldPath.of("template", "spec")
                    : FieldPath.of("spec", "template", "spec");
            found.add(new Workload(kind, name, template.path("spec"), path, kind.equals("Job")));
          }
          default -> {
            // not a workload: Services, ConfigMaps and the like carry no pod spec
          }
        }
      }
    }
    return found;
  }

  @Test
  void theCorpusHasWorkloads() throws IOException {
    List<Path> files = files();
    assertThat(files).hasSize(33);
    for (Path file : files) {
      assertThat(workloads(file)).as("workloads in %s", file.getFileName()).isNotEmpty();
    }
  }

  /**
   * Fixtures the API server itself would reject, with the one rule that must say so. {@code
   * 044-istio-user-volume.yaml} is Istio injector test output with a configMap item {@code path:
   * /some-path} (volume user-volume-2, from the {@code sidecar.istio.io/userVolume} annotation);
   * Kubernetes' validateKeyToPath calls validateLocalNonReservedPath, whose
   * validateLocalDescendingPath refuses absolute paths ("must be a relative path"), so the API
   * server rejects the Deployment.
   */
  private static final Map<String, String> KNOWN_INVALID =
      Map.of("044-istio-user-volume.yaml", "KEYTOPATH_PATH_LOCAL");

  private static final ManifestReader READER = new ManifestReader();

  @TestFactory
  Stream<DynamicTest> noManifestHasAnError() throws IOException {
    return files().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      List<Manifest> manifests = READER.read(file);
                      assertThat(manifests).isNotEmpty();
                      List<Violation> errors = new ArrayList<>();
                      for (Manifest manifest : manifests) {
                        errors.addAll(VALIDATOR.validate(manifest).report().errors());
                      }
                      String expected = KNOWN_INVALID.get(file.getFileName().toString());
                      if (expected == null) {
                        assertThat(errors).as("%s", file.getFileName()).isEmpty();
                      } else {
                        assertThat(errors)
                            .as("%s", file.getFileName())
                            .extracting(Violation::ruleId)
                            .containsOnly(expected)
                            .isNotEmpty();
                      }
                    }));
  }
}
