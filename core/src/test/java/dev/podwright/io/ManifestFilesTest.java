package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.podwright.io.ManifestReadException.Reason;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading files under {@code src/test/resources/manifests}: errors name the file. */
class ManifestFilesTest {

  private final ManifestReader reader = new ManifestReader();

  @Test
  void readsEveryManifestKindFromOneMultiDocumentFile() throws URISyntaxException {
    Path file = resource("all-kinds.yaml");
    List<Manifest> manifests = reader.read(file);

    assertThat(manifests)
        .extracting(Manifest::kind)
        .containsExactly(
            ManifestKind.POD,
            ManifestKind.DEPLOYMENT,
            ManifestKind.STATEFUL_SET,
            ManifestKind.DAEMON_SET,
            ManifestKind.REPLICA_SET,
            ManifestKind.REPLICATION_CONTROLLER,
            ManifestKind.JOB,
            ManifestKind.CRON_JOB,
            ManifestKind.POD_TEMPLATE,
            ManifestKind.POD_SPEC);
    assertThat(manifests).allSatisfy(m -> assertThat(m.source()).isEqualTo(file.toString()));
    assertThat(manifests)
        .allSatisfy(
            m -> {
              assertThat(m.kind().specPath()).isEqualTo(m.specPath());
              assertThat(m.podSpec().getContainers()).hasSize(1);
              assertThat(m.runsToCompletion())
                  .isEqualTo(m.kind() == ManifestKind.JOB || m.kind() == ManifestKind.CRON_JOB);
            });
    assertThat(manifests.get(1).name()).isEqualTo("deployment-example");
    assertThat(manifests.get(1).position("spec.template.spec.containers[0].image"))
        .contains(new SourcePosition(20, 16));
  }

  @Test
  void wrongTypeInAFile() throws URISyntaxException {
    Path file = resource("wrong-type.yaml");
    Manifest manifest = reader.read(file).get(0);
    assertThat(manifest.source()).isEqualTo(file.toString());
    assertThat(manifest.readProblems())
        .singleElement()
        .hasToString(
            "13:26 ERROR SCHEMA_WRONG_TYPE spec.template.spec.containers[0].ports[0].containerPort:"
                + " expected an integer (32-bit), found the string \"abc\"");
  }

  @Test
  void unknownFieldInAFile() throws URISyntaxException {
    ReadProblem problem = reader.read(resource("unknown-field.yaml")).get(0).readProblems().get(0);
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.SCHEMA_UNKNOWN_FIELD);
    assertThat(problem.path()).hasToString("spec.containers[0].volumeMount");
    assertThat(problem.position()).isEqualTo(new SourcePosition(9, 5));
    assertThat(problem.message()).endsWith("did you mean `volumeMounts`?");
  }

  @Test
  void missingNameInAJsonFile() throws URISyntaxException {
    ReadProblem problem = reader.read(resource("missing-name.json")).get(0).readProblems().get(0);
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD);
    assertThat(problem.path()).hasToString("spec.containers[0].name");
    assertThat(problem.position()).isEqualTo(new SourcePosition(7, 7));
  }

  @Test
  void missingFileIsAnIoError() {
    ManifestReadException error = fails(Path.of("does-not-exist.yaml"));
    assertThat(error.reason()).isEqualTo(Reason.IO);
    assertThat(error.source()).isEqualTo("does-not-exist.yaml");
  }

  private ManifestReadException fails(Path file) {
    ManifestReadException error =
        catchThrowableOfType(ManifestReadException.class, () -> reader.read(file));
    assertThat(error).isNotNull();
    return error;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ManifestFilesTest.class.getResource("/manifests/" + name).toURI());
  }
}
