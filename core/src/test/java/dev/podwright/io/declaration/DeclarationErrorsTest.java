package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.ReadLimits;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.model.WorkloadKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of read error, each with its file, line, column and path. */
class DeclarationErrorsTest {

  private static final DeclarationReader READER =
      new DeclarationReader(
          Map.of(
              "udf",
              WorkloadKind.builder("udf").build(),
              "sink",
              WorkloadKind.builder("sink").build()));

  private static DeclarationReadException failure(DeclarationReader reader, String yaml) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(yaml, "d.yaml"));
    assertThat(thrown).isInstanceOf(DeclarationReadException.class);
    DeclarationReadException e = (DeclarationReadException) thrown;
    assertThat(e.file()).isEqualTo("d.yaml");
    return e;
  }

  private static DeclarationReadException failure(String yaml) {
    return failure(READER, yaml);
  }

  private static void assertAt(
      DeclarationReadException e, Reason reason, String path, int line, int column) {
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
    assertThat(e.path()).as(e.getMessage()).isEqualTo(path);
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
  }

  @Test
  void malformedYamlIsASyntaxErrorAtTheBadToken() {
    DeclarationReadException e =
        failure(
            """
            sidecars:
              - name: a
                image: [unclosed
            """);
    assertThat(e.reason()).isEqualTo(Reason.SYNTAX);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.detail())
        .isEqualTo(
            "not valid YAML or JSON: while parsing a flow sequence; expected ',' or ']', but got"
                + " <stream end>");
  }

  @Test
  void malformedJsonIsASyntaxErrorWithPosition() {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> READER.read("{\"sidecars\": [\n  {\"name\": \"a\",, }]}", "d.json"));
    DeclarationReadException e = (DeclarationReadException) thrown;
    assertThat(e.reason()).isEqualTo(Reason.SYNTAX);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(16);
    assertThat(e.getMessage()).startsWith("d.json:2:16: ");
  }

  @Test
  void emptyAndMultiDocumentInputsAreRefused() {
    assertAt(failure(""), Reason.SYNTAX, "", 1, 1);
    DeclarationReadException two = failure("kind: udf\n---\nkind: sink\n");
    assertThat(two.reason()).isEqualTo(Reason.SYNTAX);
    assertThat(two.line()).isEqualTo(3);
    assertThat(two.detail()).contains("one document");
  }

  @Test
  void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
    DeclarationReadException e =
        failure(
            """
            sidecars:
              - name: a
                image: x
                image: y
            """);
    assertAt(e, Reason.DUPLICATE_FIELD, "sidecars[0].image", 4, 5);
  }

  @Test
  void anEmptyKeyIsAnUnknownFieldNotACrash() {
    // found by ReadersFuzzTest#declarations (regression input empty-key-in-a-container)
    DeclarationReadException e = failure("sidecars:\n  - name: a\n    \"\": x\n");
    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(e.path()).isEqualTo("sidecars[0][]");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void wrongTypesAtTopLevelAndInsideContainers() {
    assertAt(failure("sidecars: {name: a}"), Reason.WRONG_TYPE, "sidecars", 1, 11);
    assertThat(failure("sidecars: {name: a}").detail())
        .isEqualTo("expected a list but found a map");

    DeclarationReadException inContainer =
        failure(
            """
            sidecars:
              - name: a
              - name: b
                volumeMounts:
                  - {name: v, mountPath: [not, a, string]}
            """);
    assertAt(inContainer, Reason.WRONG_TYPE, "sidecars[1].volumeMounts[0].mountPath", 5, 30);
    assertThat(inContainer.detail()).isEqualTo("expected a string but found a list");

    DeclarationReadException numberForString =
        failure(
            """
            mainContainer:
              name: m
              args: [--port, 8080]
            """);
    assertAt(numberForString, Reason.WRONG_TYPE, "mainContainer.args[1]", 3, 18);
    assertThat(numberForString.detail()).isEqualTo("expected a string but found the number 8080");

    DeclarationReadException envValue = failure("sidecars: [{name: a, env: {K: [1]}}]");
    assertAt(envValue, Reason.WRONG_TYPE, "sidecars[0].env.K", 1, 31);
  }

  @Test
  void unknownFieldsSuggestTheClosestKnownName() {
    DeclarationReadException top = failure("sidecar:\n  - name: a\n");
    assertAt(top, Reason.UNKNOWN_FIELD, "sidecar", 1, 1);
    assertThat(top.suggestions()).containsExactly("sidecars");

    DeclarationReadException nested =
        failure(
            """
            sidecars:
              - name: a
              - name: b
                volumeMounts:
                  - {name: v, mountpath: /v}
            """);
    assertAt(nested, Reason.UNKNOWN_FIELD, "sidecars[1].volumeMounts[0].mountpath", 5, 19);
    assertThat(nested.suggestions()).containsExactly("mountPath");
    assertThat(nested.getMessage())
        .isEqualTo(
            "d.yaml:5:19: sidecars[1].volumeMounts[0].mountpath: unknown field \"mountpath\" of a"
                + " Kubernetes VolumeMount (did you mean \"mountPath\"?)");

    DeclarationReadException option = failure("options: {sidecarMod: native}");
    assertAt(option, Reason.UNKNOWN_FIELD, "options.sidecarMod", 1, 11);
    assertThat(option.suggestions()).containsExactly("sidecarMode");

    DeclarationReadException far = failure("mainContainer: {name: m, zzzzzz: 1}");
    assertThat(far.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(far.suggestions()).isEmpty();
  }

  @Test
  void missingContainerAndVolumeNamesAreReportedWhereTheNameBelongs() {
    DeclarationReadException container =
        failure(
            """
            sidecars:
              - name: a
              - image: busybox
            """);
    assertAt(container, Reason.MISSING_FIELD, "sidecars[1].name", 3, 5);
    assertThat(container.detail()).isEqualTo("required field \"name\" is missing");

    DeclarationReadException volume =
        failure(
            """
            volumes:
              - emptyDir: {}
            """);
    assertAt(volume, Reason.MISSING_FIELD, "volumes[0].name", 2, 5);

    DeclarationReadException init = failure("initContainers: [{image: x, name: \"\"}]");
    assertAt(init, Reason.MISSING_FIELD, "initContainers[0].name", 1, 29);
  }

  @Test
  void invalidValuesSayWhatIsAllowed() {
    DeclarationReadException kind = failure("kind: udff");
    assertAt(kind, Reason.INVALID_VALUE, "kind", 1, 7);
    assertThat(kind.detail())
        .isEqualTo("unknown workload kind \"udff\"; known kinds: generic, job, sink, udf");
    assertThat(kind.suggestions()).containsExactly("udf");

    DeclarationReadException quantity =
        failure("sidecars: [{name: a, resources: {limits: {cpu: lots}}}]");
    assertAt(quantity, Reason.INVALID_VALUE, "sidecars[0].resources.limits.cpu", 1, 48);
    assertThat(quantity.detail()).contains("\"lots\" is not a Kubernetes quantity");

    DeclarationReadException defaults = failure("sidecarResourceDefaults: {requests: {cpu: -x}}");
    assertAt(defaults, Reason.INVALID_VALUE, "sidecarResourceDefaults.requests.cpu", 1, 43);

    DeclarationReadException version = failure("options: {kubernetesVersion: latest}");
    assertAt(version, Reason.INVALID_VALUE, "options.kubernetesVersion", 1, 30);

    DeclarationReadException mode = failure("options: {sidecarMode: nativ}");
    assertAt(mode, Reason.INVALID_VALUE, "options.sidecarMode", 1, 24);
    assertThat(mode.detail()).isEqualTo("unknown value \"nativ\"; expected one of native, classic");
    assertThat(mode.suggestions()).containsExactly("native");
  }

  @Test
  void aYamlAliasBombIsRefusedByTheLimits() {
    String bomb =
        """
        a: &a [x, x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
        """;
    DeclarationReadException e = failure(bomb);
    assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(e.line()).isBetween(3, 7);

    DeclarationReader fewAliases =
        new DeclarationReader(Map.of(), ReadLimits.defaults().withMaxAliases(2));
    DeclarationReadException aliases =
        failure(fewAliases, "volumes:\n  - &v {name: a, emptyDir: {}}\n  - *v\n  - *v\n  - *v\n");
    assertAt(aliases, Reason.LIMIT_EXCEEDED, "volumes[3]", 5, 5);
  }

  @Test
  void aliasesWithinTheLimitsExpand() {
    Declaration declaration =
        READER.read(
            """
            sidecars:
              - &car {name: a, image: busybox:1.36, env: {K: v}}
            initContainers:
              - *car
            """,
            "d.yaml");
    assertThat(declaration.composition().initContainers().get(0).spec())
        .isEqualTo(declaration.composition().sidecars().get(0).spec());
  }

  @Test
  void sizeDepthAndStringLimitsAreEnforced() {
    DeclarationReader small =
        new DeclarationReader(Map.of(), ReadLimits.defaults().withMaxInputBytes(64));
    assertAt(
        failure(small, "sidecars: [{name: a, image: " + "x".repeat(80) + "}]"),
        Reason.LIMIT_EXCEEDED,
        "",
        1,
        1);

    DeclarationReader shallow =
        new DeclarationReader(Map.of(), ReadLimits.defaults().withMaxNestingDepth(4));
    DeclarationReadException deep =
        failure(shallow, "sidecars: [{name: a, resources: {limits: {cpu: 1}}}]");
    assertThat(deep.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(deep.path()).isEqualTo("sidecars[0].resources.limits");

    DeclarationReader shortStrings =
        new DeclarationReader(Map.of(), ReadLimits.defaults().withMaxStringLength(8));
    DeclarationReadException longString =
        failure(shortStrings, "sidecars: [{name: a, image: busybox-with-a-long-name}]");
    assertAt(longString, Reason.LIMIT_EXCEEDED, "sidecars[0].image", 1, 29);

    DeclarationReader fewValues =
        new DeclarationReader(Map.of(), ReadLimits.defaults().withMaxValuesPerDocument(5));
    assertThat(failure(fewValues, "sidecars: [{name: a, image: b, args: [c, d, e]}]").reason())
        .isEqualTo(Reason.LIMIT_EXCEEDED);
  }

  @Test
  void aMissingFileIsAnIoError() {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> READER.read(Path.of("src/test/resources/declarations/nope.yaml")));
    assertThat(thrown).isInstanceOf(DeclarationReadException.class);
    assertThat(((DeclarationReadException) thrown).reason()).isEqualTo(Reason.IO);
  }

  @Test
  void wrongTypeForKindAndTopLevelAreReported() {
    assertAt(failure("kind: [udf]"), Reason.WRONG_TYPE, "kind", 1, 7);
    assertAt(failure("- a\n- b\n"), Reason.WRONG_TYPE, "", 1, 1);
  }
}
