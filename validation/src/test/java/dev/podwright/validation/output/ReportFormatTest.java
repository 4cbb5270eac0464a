package dev.podwright.validation.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void textListsEachDocumentItsFindingsItsSuppressedOnesAndTheTotals() {
    assertThat(ReportFormat.TEXT.render(SmallRun.run()))
        .isEqualTo(
            """
            pods/web app.yaml [document 0, Deployment web]: invalid, 1 error, 1 warning, 0 notes, 1 suppressed
              ERROR PORT_CONTAINERPORT spec.template.spec.containers[0].ports[0].containerPort (pods/web app.yaml:12:24): containerPort 70000 of container "web" must be between 1 and 65535 <&>
                fix: Set containerPort to the port the process listens on (1-65535).
              WARNING RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.template.spec.containers[1].image: image "busybox" has no tag\u0001
              suppressed (podwright.dev/ignore-rules) RT_IMAGE_LATEST spec.template.spec.containers[0].image (pods/web app.yaml:9:16): image uses :latest
            pods/web app.yaml [document 1, Pod]: valid, 0 errors, 0 warnings, 0 notes, 1 suppressed
              suppressed (--ignore) RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.template.spec.containers[1].image: image "busybox" has no tag\u0001
            broken.yaml: unreadable: broken.yaml:3:5: not YAML: mapping values
            empty.yaml: no pod spec found
            3 inputs, 2 documents: invalid, 1 error, 1 warning, 0 notes, 2 suppressed, 1 unreadable
            """);
  }

  @Test
  void aCleanRunIsValid() {
    RunResult run =
        new RunResult(
            java.util.List.of(
                new FileResult(
                    "a.yaml",
                    java.util.List.of(
                        new DocumentResult(
                            0, "Pod", "a", java.util.List.of(), java.util.List.of())),
                    null)));
    assertThat(ReportFormat.TEXT.render(run))
        .isEqualTo("a.yaml [document 0, Pod a]: valid\n1 input, 1 document: valid\n");
  }

  @Test
  void jsonIsOneDocumentWithFilesDocumentsSuppressedFindingsAndASummary() throws Exception {
    JsonNode json = JSON.readTree(ReportFormat.JSON.render(SmallRun.run()));

    JsonNode web = json.at("/files/0/documents/0");
    assertThat(web.get("kind").asText()).isEqualTo("Deployment");
    assertThat(web.get("name").asText()).isEqualTo("web");
    assertThat(web.get("valid").asBoolean()).isFalse();
    assertThat(web.get("violations").get(1))
        .isEqualTo(
            JSON.readTree(
                """
                {"rule":"PORT_CONTAINERPORT","severity":"ERROR",
                 "path":"spec.template.spec.containers[0].ports[0].containerPort",
                 "message":"containerPort 70000 of container \\"web\\" must be between 1 and 65535 <&>",
                 "hint":"Set containerPort to the port the process listens on (1-65535).",
                 "line":12,"column":24}
                """));
    assertThat(web.get("violations").get(0).has("line")).isFalse();
    assertThat(web.at("/suppressed/0/rule").asText()).isEqualTo("RT_IMAGE_LATEST");
    assertThat(web.at("/suppressed/0/by").asText()).isEqualTo("podwright.dev/ignore-rules");
    assertThat(json.at("/files/0/documents/1/name").isMissingNode()).isTrue();
    assertThat(json.at("/files/0/documents/1/suppressed/0/by").asText()).isEqualTo("--ignore");
    assertThat(json.at("/files/1"))
        .isEqualTo(
            JSON.readTree(
                """
                {"file":"broken.yaml","error":{"message":"broken.yaml:3:5: not YAML: mapping values",
                 "path":"spec","line":3,"column":5},"documents":[]}
                """));
    assertThat(json.get("summary"))
        .isEqualTo(
            JSON.readTree(
                """
                {"inputs":3,"unreadable":1,"documents":2,"errors":1,"warnings":1,"notes":0,
                 "suppressed":2}
                """));
  }

  @Test
  void sarifHasTheCatalogAsRulesAndAResultPerFindingWithLevelAndPhysicalLocation()
      throws Exception {
    JsonNode sarif = JSON.readTree(ReportFormat.SARIF.render(SmallRun.run()));

    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asText()).isEqualTo(SarifRenderer.SCHEMA);
    assertThat(sarif.get("runs")).hasSize(1);
    JsonNode run = sarif.get("runs").get(0);
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("podwright");
    JsonNode rules = driver.get("rules");
    assertThat(rules).hasSize(3);
    assertThat(rules.get(0))
        .isEqualTo(
            JSON.readTree(
                """
                {"id":"PORT_CONTAINERPORT","shortDescription":{"text":"containerPort is 1-65535."},
                 "fullDescription":{"text":"The API server rejects it."},
                 "help":{"text":"Set a port in range."},
                 "defaultConfiguration":{"level":"error"},
                 "properties":{"tags":["F. Ports, host networking, namespaces"]}}
                """));
    // ids found but not in the catalog still get a rule, so every ruleIndex resolves
    assertThat(rules.get(1).get("id").asText()).isEqualTo("RT_IMAGE_LATEST");
    assertThat(rules.get(2).get("id").asText()).isEqualTo("RT_IMAGE_UNTAGGED_ALWAYS_PULL");

    JsonNode results = run.get("results");
    assertThat(results).hasSize(4);
    for (JsonNode result : results) {
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asText()).isEqualTo(result.get("ruleId").asText());
      assertThat(result.at("/message/text").asText()).isNotBlank();
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo("pods/web%20app.yaml");
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }
    JsonNode port = results.get(1);
    assertThat(port.get("ruleId").asText()).isEqualTo("PORT_CONTAINERPORT");
    assertThat(port.get("level").asText()).isEqualTo("error");
    assertThat(port.at("/locations/0/physicalLocation/region"))
        .isEqualTo(JSON.readTree("{\"startLine\":12,\"startColumn\":24}"));
    assertThat(port.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("spec.template.spec.containers[0].ports[0].containerPort");
    assertThat(port.has("suppressions")).isFalse();
    assertThat(results.get(0).get("level").asText()).isEqualTo("warning");
    assertThat(results.get(0).at("/locations/0/physicalLocation/region"))
        .isEqualTo(JSON.readTree("{\"startLine\":1,\"startColumn\":1}"));
    assertThat(results.get(2).get("level").asText()).isEqualTo("note");
    assertThat(results.get(2).at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(results.get(3).at("/suppressions/0/kind").asText()).isEqualTo("external");

    JsonNode invocation = run.at("/invocations/0");
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.at("/toolExecutionNotifications/0/level").asText()).isEqualTo("error");
    assertThat(
            invocation
                .at("/toolExecutionNotifications/0/locations/0/physicalLocation/region/startLine")
                .asInt())
        .isEqualTo(3);
  }

  @Test
  void sarifUrisAreRelativeReferences() {
    assertThat(SarifRenderer.uri("deploy/app.yaml")).isEqualTo("deploy/app.yaml");
    assertThat(SarifRenderer.uri("a b/ü.yaml")).isEqualTo("a%20b/%C3%BC.yaml");
    assertThat(SarifRenderer.uri("c:x.yaml")).isEqualTo("./c:x.yaml");
    assertThat(SarifRenderer.uri("<stdin>")).isEqualTo("stdin");
    assertThat(SarifRenderer.uri("/ci/work/a b.yaml")).isEqualTo("file:///ci/work/a%20b.yaml");
  }

  @Test
  void junitHasASuiteperInputACasePerDocumentAFailurePerError() throws Exception {
    String xml = ReportFormat.JUNIT.render(SmallRun.run());
    assertThat(xml)
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="podwright" tests="3" failures="1" errors="1">
              <testsuite name="pods/web app.yaml" tests="2" failures="1" errors="0" skipped="0">
                <testcase classname="pods/web app.yaml" name="document 0: Deployment web">
                  <failure type="PORT_CONTAINERPORT" message="spec.template.spec.containers[0].ports[0].containerPort: containerPort 70000 of container &quot;web&quot; must be between 1 and 65535 &lt;&amp;&gt;">ERROR PORT_CONTAINERPORT spec.template.spec.containers[0].ports[0].containerPort (pods/web app.yaml:12:24): containerPort 70000 of container &quot;web&quot; must be between 1 and 65535 &lt;&amp;&gt;
              fix: Set containerPort to the port the process listens on (1-65535).</failure>
                  <system-out>WARNING RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.template.spec.containers[1].image: image &quot;busybox&quot; has no tag\uFFFD
            suppressed (podwright.dev/ignore-rules) INFO RT_IMAGE_LATEST spec.template.spec.containers[0].image (pods/web app.yaml:9:16): image uses :latest
              fix: Pin the image.
            </system-out>
                </testcase>
                <testcase classname="pods/web app.yaml" name="document 1: Pod">
                  <system-out>suppressed (--ignore) WARNING RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.template.spec.containers[1].image: image &quot;busybox&quot; has no tag\uFFFD
            </system-out>
                </testcase>
              </testsuite>
              <testsuite name="broken.yaml" tests="1" failures="0" errors="1" skipped="0">
                <testcase classname="broken.yaml" name="read">
                  <error message="broken.yaml:3:5: not YAML: mapping values"/>
                </testcase>
              </testsuite>
              <testsuite name="empty.yaml" tests="0" failures="0" errors="0" skipped="0">
              </testsuite>
            </testsuites>
            """);

    Document parsed =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    NodeList failures = parsed.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    assertThat(((Element) failures.item(0)).getAttribute("message"))
        .endsWith("must be between 1 and 65535 <&>");
  }

  @Test
  void xmlEscapingKeepsEveryDocumentWellFormed() {
    assertThat(JunitRenderer.escape("a\"b'<c>&\n\t\r\u0000\uD800x\uD83D\uDE00"))
        .isEqualTo("a&quot;b&apos;&lt;c&gt;&amp;&#10;&#9;&#13;\uFFFD\uFFFDx\uD83D\uDE00");
    assertThat(JunitRenderer.text("a\nb\tc&#10;")).isEqualTo("a\nb\tc&amp;#10;");
  }

  @Test
  void formatsAreNamedAsOnTheCommandLine() {
    assertThat(ReportFormat.named("sarif")).contains(ReportFormat.SARIF);
    assertThat(ReportFormat.named("junit")).contains(ReportFormat.JUNIT);
    assertThat(ReportFormat.named("xml")).isEmpty();
    assertThat(ReportFormat.TEXT.optionName()).isEqualTo("text");
  }
}
