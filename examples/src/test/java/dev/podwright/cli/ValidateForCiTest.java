package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code validate} as a CI step runs it: directories, SARIF, JUnit, suppression, exit codes. */
class ValidateForCiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVALID = Cli.DIR + "invalid-pod.yaml";
  private static final String VALID = Cli.DIR + "valid-pod.yaml";

  private static Path tree(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("apps/web"));
    Files.copy(Path.of(VALID), dir.resolve("apps/web/pod.yaml"));
    Files.copy(Path.of(INVALID), dir.resolve("apps/broken.yml"));
    Files.copy(Path.of(Cli.DIR + "declaration.yaml"), dir.resolve("apps/web/declaration.yaml"));
    Files.writeString(dir.resolve("apps/notes.md"), "# not a manifest: skipped");
    Files.writeString(dir.resolve("apps/web/values.txt"), "key: [unreadable");
    return dir;
  }

  @Test
  void aDirectoryIsWalkedForManifestsAndDeclarationsOthersSkipped(@TempDir Path dir)
      throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "json", tree(dir).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode files = JSON.readTree(run.out()).path("files");
    assertThat(files).hasSize(3);
    assertThat(files.get(0).path("file").asText())
        .isEqualTo(dir.resolve("apps/broken.yml").toString());
    assertThat(files.get(1).path("file").asText())
        .isEqualTo(dir.resolve("apps/web/declaration.yaml").toString());
    assertThat(files.get(1).at("/documents/0/kind").asText()).isEqualTo("PodwrightDeclaration");
    assertThat(files.get(2).path("file").asText())
        .isEqualTo(dir.resolve("apps/web/pod.yaml").toString());
    assertThat(JSON.readTree(run.out()).at("/summary/errors").asInt()).isEqualTo(2);
  }

  @Test
  void sarifForCodeScanning() throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "sarif", INVALID);

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(run.out());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
    assertThat(rules.size()).isGreaterThan(150);
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results).hasSize(3);
    JsonNode port = results.get(0);
    assertThat(port.path("ruleId").asText()).isEqualTo("PORT_CONTAINERPORT");
    assertThat(port.path("level").asText()).isEqualTo("error");
    assertThat(rules.get(port.path("ruleIndex").asInt()).path("id").asText())
        .isEqualTo("PORT_CONTAINERPORT");
    assertThat(rules.get(port.path("ruleIndex").asInt()).at("/help/text").asText())
        .isEqualTo("Set containerPort to the port the process listens on (1-65535).");
    assertThat(port.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(INVALID);
    assertThat(port.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(10);
    assertThat(port.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(22);
    assertThat(results.get(2).path("level").asText()).isEqualTo("warning");
  }

  @Test
  void junitWithATestCasePerDocument() throws Exception {
    Cli.Run run = Cli.run("validate", "--output", "junit", INVALID, VALID);

    assertThat(run.exitCode()).isEqualTo(1);
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void ignoredRulesAreCountedAsSuppressedAndNoLongerFail() {
    Cli.Run run =
        Cli.run("validate", "--ignore", "PORT_CONTAINERPORT, RES_REQUEST_LE_LIMIT", INVALID);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            INVALID
                + " [document 0, Pod broken]: valid, 0 errors, 1 warning, 0 notes, 2 suppressed\n")
        .contains("  suppressed (--ignore) PORT_CONTAINERPORT spec.containers[0].ports[0]")
        .endsWith("1 input, 1 document: valid, 0 errors, 1 warning, 0 notes, 2 suppressed\n");
  }

  @Test
  void theAnnotationSuppressesForItsObjectOnly() throws Exception {
    String annotated =
        Files.readString(Path.of(INVALID))
            .replace(
                "  name: broken\n",
                "  name: broken\n  annotations:\n"
                    + "    podwright.dev/ignore-rules: PORT_CONTAINERPORT,RES_REQUEST_LE_LIMIT\n");

    Cli.Run run =
        Cli.runWithInput(annotated + "---\n" + Files.readString(Path.of(INVALID)), "validate", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "<stdin> [document 0, Pod broken]: valid, 0 errors, 1 warning, 0 notes, 2 suppressed")
        .contains("suppressed (podwright.dev/ignore-rules) PORT_CONTAINERPORT")
        .contains("<stdin> [document 1, Pod broken]: invalid, 2 errors, 1 warning, 0 notes");
  }

  @Test
  void anUnknownRuleToIgnoreOrFormatIsBadUsage() {
    Cli.Run rule = Cli.run("validate", "--ignore", "PORT_CONTAINERPROT", VALID);
    assertThat(rule.exitCode()).isEqualTo(2);
    assertThat(rule.err())
        .startsWith("podwright: option --ignore: no rule has the id \"PORT_CONTAINERPROT\"\n");

    Cli.Run format = Cli.run("validate", "--output", "xml", VALID);
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err())
        .startsWith("podwright: option --output must be one of text, json, sarif, junit");
  }

  @Test
  void anUnreadableInputAmongOthersExitsTwoInEveryFormat(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), "a: [\n");
    for (String format : new String[] {"text", "json", "sarif", "junit"}) {
      Cli.Run run = Cli.run("validate", "--output", format, dir.toString(), VALID);

      assertThat(run.exitCode()).as(format).isEqualTo(2);
      assertThat(run.err()).as(format).startsWith("podwright: " + dir.resolve("bad.yaml"));
    }
  }
}
