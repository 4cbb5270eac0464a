package dev.podwright.validation.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.io.ManifestReader;
import dev.podwright.io.ReadLimits;
import dev.podwright.validation.output.DocumentResult;
import dev.podwright.validation.output.FileResult;
import dev.podwright.validation.output.InputError;
import dev.podwright.validation.output.RunResult;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.Violation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestInputsTest {

  /** A Deployment with an error (port) and a warning (untagged image), annotations to fill in. */
  private static String deployment(String workloadAnnotation, String templateAnnotation) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        %s
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
        %s
            spec:
              containers:
              - name: web
                image: busybox
                ports:
                - containerPort: 70000
        """
        .formatted(annotation("  ", workloadAnnotation), annotation("      ", templateAnnotation));
  }

  private static String annotation(String indent, String rules) {
    return rules == null
        ? ""
        : indent + "annotations:\n" + indent + "  podwright.dev/ignore-rules: \"" + rules + "\"";
  }

  private static final String POD =
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: one}
      spec:
        containers:
        - {name: a, image: "nginx:1.27"}
      """;

  private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

  private static RunResult run(ManifestValidator validator, String... arguments) {
    return validator.validateInputs(List.of(arguments), NO_STDIN, DeclarationHandler.NONE);
  }

  private static List<String> rules(List<Violation> violations) {
    return violations.stream().map(Violation::ruleId).toList();
  }

  @Test
  void directoriesAreWalkedRecursivelyForManifestFilesInSortedOrder(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("b/nested"));
    Files.writeString(dir.resolve("b/nested/z.yml"), POD);
    Files.writeString(
        dir.resolve("b/a.JSON"), "{\"containers\":[{\"name\":\"x\",\"image\":\"x:1\"}]}");
    Files.writeString(dir.resolve("a.yaml"), POD);
    Files.writeString(dir.resolve("README.md"), "not a manifest");
    Files.writeString(dir.resolve("b/values.txt"), "key: value");
    Files.writeString(dir.resolve("single.txt"), POD);

    RunResult run =
        run(ManifestValidator.standard(), dir.toString(), dir.resolve("single.txt").toString());

    assertThat(run.files())
        .extracting(f -> dir.relativize(Path.of(f.file())).toString().replace('\\', '/'))
        .containsExactly("a.yaml", "b/a.JSON", "b/nested/z.yml", "single.txt");
    assertThat(run.files()).allSatisfy(f -> assertThat(f.error()).isNull());
    assertThat(run.documents().map(DocumentResult::kind))
        .containsExactly("Pod", "PodSpec", "Pod", "Pod");
    assertThat(run.hasErrors()).isFalse();
  }

  @Test
  void expandKeepsArgumentOrderStandardInputAndMissingFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.yaml"), POD);
    Files.createDirectories(dir.resolve("empty"));

    List<ManifestInputs.Input> inputs =
        ManifestInputs.expand(
            List.of("missing.yaml", "-", dir.resolve("empty").toString(), dir.toString()));

    assertThat(inputs)
        .extracting(ManifestInputs.Input::name, ManifestInputs.Input::isStandardInput)
        .containsExactly(
            tuple("missing.yaml", false),
            tuple("<stdin>", true),
            tuple(dir.resolve("x.yaml").toString(), false));
  }

  @Test
  void standardInputIsReadForDash() {
    RunResult run =
        ManifestValidator.standard()
            .validateInputs(
                List.of("-"),
                new ByteArrayInputStream(deployment(null, null).getBytes(StandardCharsets.UTF_8)),
                DeclarationHandler.NONE);

    FileResult stdin = run.files().get(0);
    assertThat(stdin.file()).isEqualTo("<stdin>");
    assertThat(rules(stdin.documents().get(0).violations()))
        .containsExactlyInAnyOrder("PORT_CONTAINERPORT", "RT_IMAGE_UNTAGGED_ALWAYS_PULL");
    assertThat(stdin.documents().get(0).violations().get(0).location().file()).isEqualTo("<stdin>");
  }

  @Test
  void unreadableInputsAreReportedAndTheOthersStillValidated(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), "a: [\n");
    Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9});
    Files.writeString(dir.resolve("big.yaml"), POD + "#".repeat(200));
    Files.writeString(dir.resolve("ok.yaml"), POD);
    ManifestValidator validator =
        ManifestValidator.standard()
            .withManifestReader(new ManifestReader(ReadLimits.defaults().withMaxInputBytes(150)));

    RunResult run = run(validator, dir.toString(), "no-such.yaml");

    assertThat(run.files())
        .extracting(f -> Path.of(f.file()).getFileName().toString(), f -> f.error() != null)
        .containsExactly(
            tuple("bad.yaml", true),
            tuple("big.yaml", true),
            tuple("latin1.yaml", true),
            tuple("ok.yaml", false),
            tuple("no-such.yaml", true));
    InputError bad = run.files().get(0).error();
    assertThat(bad.message()).contains("bad.yaml");
    assertThat(bad.line()).isPositive();
    assertThat(run.files().get(1).error().message())
        .isEqualTo(dir.resolve("big.yaml") + ": larger than the read limit of 150 bytes");
    assertThat(run.files().get(2).error().message())
        .endsWith(": not UTF-8 text; save it as UTF-8 and retry");
    assertThat(run.files().get(4).error()).isEqualTo(InputError.of("no-such.yaml: no such file"));
    assertThat(run.hasUnreadableInput()).isTrue();
  }

  @Test
  void ignoredRulesAreSuppressedForEveryInputAndCounted(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), deployment(null, null));
    Files.writeString(dir.resolve("b.yaml"), deployment(null, null));
    ManifestValidator validator =
        ManifestValidator.standard().ignoringRules(List.of("PORT_CONTAINERPORT"));

    RunResult run = run(validator, dir.toString());

    assertThat(run.documents()).hasSize(2);
    run.documents()
        .forEach(
            document -> {
              assertThat(rules(document.violations()))
                  .containsExactly("RT_IMAGE_UNTAGGED_ALWAYS_PULL");
              assertThat(document.suppressed())
                  .extracting(s -> s.violation().ruleId(), Suppression::by)
                  .containsExactly(tuple("PORT_CONTAINERPORT", Suppression.By.IGNORED_RULE));
              assertThat(document.isValid()).isTrue();
            });
    assertThat(run.hasErrors()).isFalse();
    assertThat(run.suppressedCount()).isEqualTo(2);
  }

  @Test
  void theAnnotationOnTheWorkloadSuppressesForThatObjectOnly() {
    String yaml =
        deployment("PORT_CONTAINERPORT, RT_IMAGE_UNTAGGED_ALWAYS_PULL ,", null)
            + "---\n"
            + deployment(null, null);

    List<ManifestReport> reports =
        ManifestValidator.standard().validate(new ManifestReader().read(yaml, "m.yaml"));

    assertThat(reports.get(0).violations()).isEmpty();
    assertThat(reports.get(0).suppressed())
        .extracting(s -> s.violation().ruleId(), Suppression::by)
        .containsExactlyInAnyOrder(
            tuple("PORT_CONTAINERPORT", Suppression.By.ANNOTATION),
            tuple("RT_IMAGE_UNTAGGED_ALWAYS_PULL", Suppression.By.ANNOTATION));
    assertThat(rules(reports.get(1).violations()))
        .containsExactlyInAnyOrder("PORT_CONTAINERPORT", "RT_IMAGE_UNTAGGED_ALWAYS_PULL");
    assertThat(reports.get(1).suppressed()).isEmpty();
  }

  @Test
  void theAnnotationOnThePodTemplateSuppressesToo() {
    ManifestReport report =
        ManifestValidator.standard()
            .validate(new ManifestReader().read(deployment(null, "PORT_CONTAINERPORT"), "m.yaml"))
            .get(0);

    assertThat(rules(report.violations())).containsExactly("RT_IMAGE_UNTAGGED_ALWAYS_PULL");
    assertThat(report.suppressed())
        .extracting(s -> s.violation().ruleId(), s -> s.violation().severity(), Suppression::by)
        .containsExactly(tuple("PORT_CONTAINERPORT", Severity.ERROR, Suppression.By.ANNOTATION));
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void theFlagWinsOverTheAnnotationInHowASuppressionIsCounted() {
    ManifestReport report =
        ManifestValidator.standard()
            .ignoringRules(List.of("PORT_CONTAINERPORT"))
            .validate(new ManifestReader().read(deployment("PORT_CONTAINERPORT", null), "m.yaml"))
            .get(0);

    assertThat(report.suppressed())
        .extracting(Suppression::by)
        .containsExactly(Suppression.By.IGNORED_RULE);
  }

  @Test
  void declarationsGoToTheHandlerAndIgnoredRulesApplyToThemToo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("d.yaml"), "sidecars: []\n");
    Files.writeString(dir.resolve("m.yaml"), POD);
    Violation finding = new Violation("KIND_X", Severity.ERROR, "sidecars", null, "no", "", null);
    Violation other = new Violation("KIND_Y", Severity.WARNING, "sidecars", null, "hm", "", null);
    DeclarationHandler handler =
        (text, source, format) ->
            format.content() == dev.podwright.io.InputFormat.Content.DECLARATION
                ? Optional.of(
                    List.of(
                        new DocumentResult(
                            0, "PodwrightDeclaration", source, List.of(finding, other), List.of())))
                : Optional.empty();

    RunResult run =
        ManifestValidator.standard()
            .ignoringRules(List.of("KIND_X"))
            .validateInputs(List.of(dir.toString()), NO_STDIN, handler);

    DocumentResult declaration = run.files().get(0).documents().get(0);
    assertThat(declaration.kind()).isEqualTo("PodwrightDeclaration");
    assertThat(declaration.violations()).containsExactly(other);
    assertThat(declaration.suppressed())
        .containsExactly(new Suppression(finding, Suppression.By.IGNORED_RULE));
    assertThat(run.files().get(1).documents().get(0).kind()).isEqualTo("Pod");
    assertThat(run.rules())
        .extracting(r -> r.id())
        .contains("PORT_CONTAINERPORT", "SCHEMA_UNKNOWN_FIELD");
  }
}
