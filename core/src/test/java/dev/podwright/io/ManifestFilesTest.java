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
    ManifestReadException error = fails(file);
    assertThat(error.reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(error.source()).isEqualTo(file.toString());
    assertThat(error.getMessage())
        .isEqualTo(
            file
                + ":13:26: spec.template.spec.containers[0].ports[0].containerPort: expected an"
                + " integer (32-bit), found the string \"abc\"");
  }

  @Test
  void unknownFieldInAFile() throws URISyntaxException {
    ManifestReadException error = fails(resource("unknown-field.yaml"));
    assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(error.path()).isEqualTo("spec.containers[0].volumeMount");
    assertThat(error.line()).isEqualTo(9);
    assertThat(error.column()).isEqualTo(5);
    assertThat(error.detail()).endsWith("did you mean `volumeMounts`?");
  }

  @Test
  void missingNameInAJsonFile() throws URISyntaxException {
    ManifestReadException error = fails(resource("missing-name.json"));
    assertThat(error.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(error.path()).isEqualTo("spec.containers[0].name");
    assertThat(error.line()).isEqualTo(7);
    assertThat(error.column()).isEqualTo(7);
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
