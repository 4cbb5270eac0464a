package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Cli.Run run) throws Exception {
    return JSON.readTree(run.out());
  }

  @Test
  void validPodInTextExitsZero() {
    Cli.Run run = Cli.run("validate", Cli.DIR + "valid-pod.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            Cli.DIR
                + "valid-pod.yaml [document 0, Pod web]: valid\n"
                + "1 input, 1 document: valid\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validPodInJson() throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "json", Cli.DIR + "valid-pod.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(json(run))
        .isEqualTo(
            JSON.readTree(
                """
                {"files": [{"file": "src/test/resources/cli/valid-pod.yaml",
                  "documents": [{"index": 0, "kind": "Pod", "name": "web", "valid": true,
                                 "violations": [], "suppressed": []}]}],
                 "summary": {"inputs": 1, "unreadable": 0, "documents": 1, "errors": 0,
                             "warnings": 0, "notes": 0, "suppressed": 0}}
                """));
  }

  @Test
  void standardInputIsReadForDash() throws Exception {
    String pod = Files.readString(Path.of(Cli.DIR + "valid-pod.yaml"));

    Cli.Run run = Cli.runWithInput(pod, "validate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo("<stdin> [document 0, Pod web]: valid\n1 input, 1 document: valid\n");
  }

  @Test
  void everyWorkloadDocumentOfAStreamIsValidatedAndOthersSkipped() throws Exception {
    Cli.Run run = Cli.run("validate", "--output=json", Cli.DIR + "deployment-and-service.yaml");

    JsonNode documents = json(run).path("files").get(0).path("documents");
    assertThat(documents).hasSize(2);
    assertThat(documents.get(0).path("index").asInt()).isEqualTo(1);
    assertThat(documents.get(0).path("kind").asText()).isEqualTo("Deployment");
    assertThat(documents.get(1).path("index").asInt()).isEqualTo(2);
    assertThat(documents.get(1).path("kind").asText()).isEqualTo("PodSpec");
  }

  @Test
  void declarationWithAnErrorInTextExitsOneWithLocation() {
    Cli.Run run = Cli.run("validate", Cli.DIR + "invalid-declaration.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(
            Cli.DIR + "invalid-declaration.yaml [document 0, PodwrightDeclaration]: invalid, ")
        .contains(
            "  ERROR KIND_SIDECARS_NOT_ALLOWED sidecars[0] ("
                + Cli.DIR
                + "invalid-declaration.yaml:6:3): sidecar \"helper\" (owned by user) is not"
                + " allowed: workload kind \"source\" takes no user-owned sidecars (Numaflow source vertices do not support"
                + " sidecars).\n")
        .contains(
            "    fix: Remove the sidecars, or move them to a workload kind that allows them.");
  }

  @Test
  void declarationWithAnErrorInJson() throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "json", Cli.DIR + "invalid-declaration.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode document = json(run).path("files").get(0).path("documents").get(0);
    assertThat(document.path("kind").asText()).isEqualTo("PodwrightDeclaration");
    assertThat(document.path("valid").asBoolean()).isFalse();
    JsonNode violation = document.path("violations").get(0);
    assertThat(violation.path("rule").asText()).isEqualTo("KIND_SIDECARS_NOT_ALLOWED");
    assertThat(violation.path("severity").asText()).isEqualTo("ERROR");
    assertThat(violation.path("path").asText()).isEqualTo("sidecars[0]");
    assertThat(violation.path("message").asText()).contains("\"helper\"");
    assertThat(violation.path("hint").asText()).startsWith("Remove the sidecars");
    assertThat(violation.path("line").asInt()).isEqualTo(6);
    assertThat(violation.path("column").asInt()).isEqualTo(3);
  }

  @Test
  void specViolationsOfADeclarationPointAtTheDeclaringElement() throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "json", Cli.DIR + "duplicate-names.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode violations =
        json(run).path("files").get(0).path("documents").get(0).path("violations");
    // one finding, under the API server's id, at the declaration path
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).path("rule").asText()).isEqualTo("CONTAINER_NAME_UNIQUE_INIT");
    assertThat(violations.get(0).path("path").asText()).isEqualTo("sidecars[1].name");
    assertThat(violations.get(0).path("line").asInt()).isEqualTo(7);
    assertThat(violations.get(0).path("column").asInt()).isEqualTo(9);
  }

  @Test
  void schemaProblemsAreViolationsAndExitOne() throws Exception {
    Cli.Run json = Cli.run("validate", "--output", "json", Cli.DIR + "typo-field.yaml");

    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(json.err()).isEmpty();
    JsonNode violation =
        json(json).path("files").get(0).path("documents").get(0).path("violations").get(0);
    assertThat(violation.path("rule").asText()).isEqualTo("SCHEMA_UNKNOWN_FIELD");
    assertThat(violation.path("severity").asText()).isEqualTo("ERROR");
    assertThat(violation.path("path").asText()).isEqualTo("spec.containers[0].portz");
    assertThat(violation.path("message").asText())
        .isEqualTo("unknown field `portz` in Container; did you mean `ports`?");
    assertThat(violation.path("line").asInt()).isEqualTo(10);
    assertThat(violation.path("column").asInt()).isEqualTo(5);
    assertThat(Cli.run("validate", Cli.DIR + "typo-field.yaml").out())
        .contains("SCHEMA_UNKNOWN_FIELD spec.containers[0].portz");
  }

  @Test
  void unreadableManifestExitsTwoWithPositionOnStandardError() throws Exception {
    Cli.Run text = Cli.run("validate", Cli.DIR + "unreadable.yaml");

    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.out())
        .startsWith(
            Cli.DIR + "unreadable.yaml: unreadable: " + Cli.DIR + "unreadable.yaml:6:4: not valid")
        .endsWith("\n1 input, 0 documents: valid, 1 unreadable\n");
    assertThat(text.err())
        .startsWith("podwright: " + Cli.DIR + "unreadable.yaml:6:4: not valid YAML");

    Cli.Run json = Cli.run("validate", "--output", "json", Cli.DIR + "unreadable.yaml");
    assertThat(json.exitCode()).isEqualTo(2);
    JsonNode error = json(json).path("files").get(0).path("error");
    assertThat(error.path("line").asInt()).isEqualTo(6);
    assertThat(error.path("column").asInt()).isEqualTo(4);
    assertThat(json(json).path("files").get(0).path("documents")).isEmpty();
  }

  @Test
  void unreadableDeclarationExitsTwo() {
    Cli.Run run = Cli.run("validate", Cli.DIR + "bad-declaration.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "podwright: "
                + Cli.DIR
                + "bad-declaration.yaml:6:3: sidecars[0].imag: unknown field \"imag\"");
  }

  @Test
  void missingFileExitsTwoButOtherFilesAreStillReported() throws Exception {
    Cli.Run run =
        Cli.run(
            "validate",
            "--output",
            "json",
            Cli.DIR + "no-such-file.yaml",
            Cli.DIR + "valid-pod.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("podwright: " + Cli.DIR + "no-such-file.yaml: no such file\n");
    JsonNode files = json(run).path("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).path("error").path("message").asText()).endsWith("no such file");
    assertThat(files.get(1).path("documents").get(0).path("valid").asBoolean()).isTrue();
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(Cli.run("validate").err())
        .startsWith("podwright: validate needs at least one FILE, DIR or - for standard input\n");
    assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
    Cli.Run version =
        Cli.run("validate", "--kubernetes-version", "one", Cli.DIR + "valid-pod.yaml");
    assertThat(version.exitCode()).isEqualTo(2);
    assertThat(version.err())
        .startsWith(
            "podwright: option --kubernetes-version: \"one\" is not a version such as 1.29");
    Cli.Run policy = Cli.run("validate", "--policy", "strict", Cli.DIR + "valid-pod.yaml");
    assertThat(policy.exitCode()).isEqualTo(2);
    assertThat(policy.err())
        .startsWith(
            "podwright: option --policy must be one of none, baseline, restricted, not \"strict\"");
    Cli.Run output = Cli.run("validate", "--output", "xml", Cli.DIR + "valid-pod.yaml");
    assertThat(output.exitCode()).isEqualTo(2);
    assertThat(output.out()).isEmpty();
    assertThat(Cli.run("validate", "--output").err())
        .startsWith("podwright: option --output needs a value");
    assertThat(Cli.run("validate", "--output", "json", "--output", "text", "x").exitCode())
        .isEqualTo(2);
  }

  @Test
  void manifestWithErrorsExitsOneWithApiServerPathsAndPositions() throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "json", Cli.DIR + "invalid-pod.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    JsonNode violations =
        json(run).path("files").get(0).path("documents").get(0).path("violations");
    assertThat(violations).hasSize(3);
    assertViolation(
        violations.get(0),
        "PORT_CONTAINERPORT",
        "ERROR",
        "spec.containers[0].ports[0].containerPort",
        10,
        22);
    assertViolation(
        violations.get(1),
        "RES_REQUEST_LE_LIMIT",
        "ERROR",
        "spec.containers[0].resources.requests",
        13,
        9);
    assertViolation(
        violations.get(2),
        "RT_IMAGE_UNTAGGED_ALWAYS_PULL",
        "WARNING",
        "spec.containers[1].image",
        17,
        12);
    assertThat(violations.get(0).path("message").asText())
        .isEqualTo(
            "containerPort 70000 of container \"web\" must be between 1 and 65535, inclusive");
    assertThat(violations.get(0).path("hint").asText())
        .isEqualTo("Set containerPort to the port the process listens on (1-65535).");
  }

  @Test
  void manifestWithErrorsInText() {
    Cli.Run run = Cli.run("validate", Cli.DIR + "invalid-pod.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(
            Cli.DIR
                + "invalid-pod.yaml [document 0, Pod broken]: invalid, 2 errors, 1 warning, 0"
                + " notes\n"
                + "  ERROR PORT_CONTAINERPORT spec.containers[0].ports[0].containerPort ("
                + Cli.DIR
                + "invalid-pod.yaml:10:22): containerPort 70000 of container \"web\" must be"
                + " between 1 and 65535, inclusive\n"
                + "    fix: Set containerPort to the port the process listens on (1-65535).\n");
  }

  @Test
  void aWorkloadsPathsStartAtItsPodTemplate() throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "json", Cli.DIR + "deployment-and-service.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode deployment = json(run).path("files").get(0).path("documents").get(0);
    assertThat(deployment.path("name").asText()).isEqualTo("api");
    assertThat(deployment.path("valid").asBoolean()).isFalse();
    assertViolation(
        deployment.path("violations").get(0),
        "PORT_CONTAINERPORT",
        "ERROR",
        "spec.template.spec.containers[0].ports[0].containerPort",
        28,
        26);
  }

  @Test
  void aBareSpecsPathsStartAtSpecAndItsPositionsAtTheDocument() throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "json", Cli.DIR + "bare-spec.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode document = json(run).path("files").get(0).path("documents").get(0);
    assertThat(document.path("kind").asText()).isEqualTo("PodSpec");
    assertViolation(
        document.path("violations").get(0),
        "PORT_CONTAINERPORT",
        "ERROR",
        "spec.containers[0].ports[0].containerPort",
        5,
        20);
  }

  @Test
  void warningsAloneExitZero() {
    Cli.Run run = Cli.run("validate", Cli.DIR + "job-classic-sidecar.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            Cli.DIR
                + "job-classic-sidecar.yaml [document 0, Job report]: valid, 0 errors, 1 warning")
        .contains(
            "  WARNING RT_JOB_LEGACY_SIDECAR spec.template.spec.containers[1] ("
                + Cli.DIR
                + "job-classic-sidecar.yaml:13:9): container \"log-shipper\" runs next to"
                + " \"batch\"");
  }

  @Test
  void policyChoosesThePodSecurityStandard() throws Exception {
    assertThat(Cli.run("validate", "--policy", "baseline", Cli.DIR + "valid-pod.yaml").exitCode())
        .isZero();

    Cli.Run restricted =
        Cli.run(
            "validate", "--policy", "restricted", "--output", "json", Cli.DIR + "valid-pod.yaml");

    assertThat(restricted.exitCode()).isEqualTo(1);
    JsonNode violations =
        json(restricted).path("files").get(0).path("documents").get(0).path("violations");
    List<String> found = new ArrayList<>();
    violations.forEach(v -> found.add(v.path("rule").asText() + " " + v.path("path").asText()));
    assertThat(found)
        .contains(
            "PSS_RUN_AS_NON_ROOT spec.containers[0].securityContext.runAsNonRoot",
            "PSS_RUN_AS_NON_ROOT spec.initContainers[0].securityContext.runAsNonRoot",
            "PSS_SECCOMP_PROFILE_RESTRICTED spec.containers[0].securityContext.seccompProfile.type");
  }

  @Test
  void platformFormatsAreValidatedPerComposition() throws Exception {
    Cli.Run source =
        Cli.run("validate", "--output", "json", Cli.DIR + "numaflow-source-sidecar.yaml");

    assertThat(source.exitCode()).isEqualTo(1);
    JsonNode vertex = json(source).path("files").get(0).path("documents").get(0);
    assertThat(vertex.path("kind").asText()).isEqualTo("NumaflowVertex");
    assertThat(vertex.path("name").asText()).isEqualTo("in");
    assertThat(vertex.path("violations").get(0).path("rule").asText())
        .isEqualTo("KIND_SIDECARS_NOT_ALLOWED");
    assertThat(vertex.path("violations").get(0).path("path").asText()).isEqualTo("sidecars[0]");

    Cli.Run pipeline = Cli.run("validate", Cli.DIR + "numaflow-pipeline.yaml");
    assertThat(pipeline.exitCode()).isZero();
    // laid over NumaflowBaseSpec: valid; the only finding is the note that a native sidecar
    // after Numaflow's init container cannot serve it, which is Numaflow's own layout
    assertThat(pipeline.out())
        .contains(
            Cli.DIR
                + "numaflow-pipeline.yaml [document 0, NumaflowVertex in]: valid, 0 errors, 0"
                + " warnings, 1 note\n")
        .contains(
            "[document 1, NumaflowVertex my-udf-vertex]: valid, 0 errors, 0 warnings, 1 note\n")
        .contains("[document 2, NumaflowVertex out]: valid, 0 errors, 0 warnings, 1 note\n")
        .contains(
            "INFO RT_SIDECAR_ORDERING spec.initContainers[1].restartPolicy: native sidecar"
                + " \"udsource\" starts only after init container \"init\"");
  }

  @Test
  void inputWithoutAnyPodSpecIsReportedAndPasses() throws Exception {
    Cli.Run run =
        Cli.runWithInput("apiVersion: v1\nkind: Service\nmetadata: {name: s}\n", "validate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("<stdin>: no pod spec found\n1 input, 0 documents: valid\n");
    Cli.Run json = Cli.runWithInput("", "validate", "--output", "json", "-");
    assertThat(json(json).path("files").get(0).path("documents")).isEmpty();
  }

  private static void assertViolation(
      JsonNode violation, String rule, String severity, String path, int line, int column) {
    assertThat(violation.path("rule").asText()).isEqualTo(rule);
    assertThat(violation.path("severity").asText()).isEqualTo(severity);
    assertThat(violation.path("path").asText()).isEqualTo(path);
    assertThat(violation.path("line").asInt()).isEqualTo(line);
    assertThat(violation.path("column").asInt()).isEqualTo(column);
  }
}
