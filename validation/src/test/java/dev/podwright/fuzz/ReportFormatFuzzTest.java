package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podwright.io.ManifestReader;
import dev.podwright.validation.manifest.DeclarationHandler;
import dev.podwright.validation.manifest.ManifestValidator;
import dev.podwright.validation.output.ReportFormat;
import dev.podwright.validation.output.RunResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Any input through {@link ManifestValidator#validateInputs} and every report format: the JSON and
 * SARIF reports parse back with one result per finding, the JUnit XML is well-formed.
 */
class ReportFormatFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ManifestValidator VALIDATOR =
      ManifestValidator.standard().withManifestReader(new ManifestReader());

  @FuzzTest(maxDuration = "15m")
  void everyFormat(FuzzedDataProvider data) throws Exception {
    byte[] input = data.consumeRemainingAsBytes();
    RunResult run =
        VALIDATOR.validateInputs(
            List.of("-"), new ByteArrayInputStream(input), DeclarationHandler.NONE);
    long findings =
        run.documents().mapToLong(d -> d.violations().size() + d.suppressed().size()).sum();

    JsonNode sarif = JSON.readTree(ReportFormat.SARIF.render(run));
    assertThat(sarif.at("/runs/0/results").size()).isEqualTo((int) findings);
    JsonNode json = JSON.readTree(ReportFormat.JSON.render(run));
    assertThat(json.at("/summary/inputs").asInt()).isEqualTo(1);
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(
            new ByteArrayInputStream(
                ReportFormat.JUNIT.render(run).getBytes(StandardCharsets.UTF_8)));
    assertThat(ReportFormat.TEXT.render(run)).endsWith("\n");
  }
}
