package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.podwright.io.ManifestReadException.Reason;
import dev.podwright.path.FieldPath;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestReaderTest {

  private final ManifestReader reader = new ManifestReader();

  private static final String POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: app
          image: nginx:1.27
          ports:
          - containerPort: 80
            name: http
        - name: sidecar
          image: busybox:1.36
          resources:
            limits:
              cpu: 1
              memory: 1.5Gi
      """;

  @Test
  void readsAPodWithNamePathAndPositions() {
    List<Manifest> manifests = reader.read(POD, "pod.yaml");

    assertThat(manifests).hasSize(1);
    Manifest pod = manifests.get(0);
    assertThat(pod.source()).isEqualTo("pod.yaml");
    assertThat(pod.documentIndex()).isZero();
    assertThat(pod.kind()).isEqualTo(ManifestKind.POD);
    assertThat(pod.name()).isEqualTo("web");
    assertThat(pod.specPath()).hasToString("spec");
    assertThat(pod.runsToCompletion()).isFalse();
    V1PodSpec spec = pod.podSpec();
    assertThat(spec.getContainers())
        .extracting(V1Container::getName)
        .containsExactly("app", "sidecar");
    assertThat(spec.getContainers().get(1).getResources().getLimits())
        .containsEntry("cpu", Quantity.fromString("1"))
        .containsEntry("memory", Quantity.fromString("1536Mi"));
    assertThat(spec.getInitContainers()).isNull();
    assertThat(pod.position("spec.containers[1].image")).contains(new SourcePosition(13, 12));
    assertThat(pod.position("spec.containers[0].ports[0].containerPort"))
        .contains(new SourcePosition(10, 22));
    assertThat(pod.position("spec.containers[1].resources.limits[memory]"))
        .contains(new SourcePosition(17, 17));
    assertThat(pod.position("spec.containers[1].resources.limits.memory"))
        .contains(new SourcePosition(17, 17));
    assertThat(pod.positionInSpec(FieldPath.of("containers").index(1).child("workingDir")))
        .contains(new SourcePosition(12, 5));
    assertThat(pod.position("spec.containers[5]")).isEmpty();
  }

  @Test
  void podSpecIsCopiedOnEveryCall() {
    Manifest pod = reader.read(POD).get(0);
    pod.podSpec().getContainers().get(0).setName("changed");
    assertThat(pod.podSpec().getContainers().get(0).getName()).isEqualTo("app");
  }

  @ParameterizedTest
  @CsvSource({
    "Deployment, spec.template.spec, false",
    "StatefulSet, spec.template.spec, false",
    "DaemonSet, spec.template.spec, false",
    "ReplicaSet, spec.template.spec, false",
    "ReplicationController, spec.template.spec, false",
    "Job, spec.template.spec, true",
  })
  void readsEveryTemplateWorkload(String kind, String path, boolean runsToCompletion) {
    String yaml =
        """
        apiVersion: apps/v1
        kind: %s
        metadata:
          name: w
        spec:
          template:
            metadata:
              labels: {app: w}
            spec:
              containers:
              - name: main
                image: busybox
        """
            .formatted(kind);
    Manifest manifest = reader.read(yaml).get(0);
    assertThat(manifest.kind().kindName()).isEqualTo(kind);
    assertThat(manifest.specPath()).hasToString(path);
    assertThat(manifest.runsToCompletion()).isEqualTo(runsToCompletion);
    assertThat(manifest.position(path + ".containers[0].image"))
        .contains(new SourcePosition(12, 16));
  }

  @Test
  void readsCronJobPodTemplateAndBareSpec() {
    String yaml =
        """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: job
                    image: busybox
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata:
          name: tpl
        template:
          spec:
            containers:
            - name: t
              image: busybox
        ---
        containers:
        - name: bare
          image: busybox
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: ignored
        spec:
          ports:
          - port: 80
        ---
        """;
    List<Manifest> manifests = reader.read(yaml);
    assertThat(manifests)
        .extracting(Manifest::kind)
        .containsExactly(ManifestKind.CRON_JOB, ManifestKind.POD_TEMPLATE, ManifestKind.POD_SPEC);
    assertThat(manifests)
        .extracting(manifest -> manifest.specPath().toString())
        .containsExactly("spec.jobTemplate.spec.template.spec", "template.spec", "");
    assertThat(manifests).extracting(Manifest::documentIndex).containsExactly(0, 1, 2);
    assertThat(manifests.get(0).runsToCompletion()).isTrue();
    assertThat(manifests.get(2).name()).isNull();
    assertThat(manifests.get(2).position("containers[0].image"))
        .contains(new SourcePosition(28, 10));
  }

  @Test
  void skipsEmptyDocumentsAndCountsThem() {
    String yaml = "---\n---\nkind: Pod\nspec:\n  containers:\n  - name: a\n---\n";
    List<Manifest> manifests = reader.read(yaml);
    assertThat(manifests).singleElement().extracting(Manifest::documentIndex).isEqualTo(1);
  }

  @Test
  void readsJsonAndListsAndStreams() {
    String json =
        """
        {"apiVersion": "v1", "kind": "List", "items": [
          {"kind": "Pod", "metadata": {"name": "a"},
           "spec": {"containers": [{"name": "c", "image": "x", "ports": [{"containerPort": 8080}]}]}}
        ]}
        """;
    List<Manifest> manifests =
        reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "list.json");
    assertThat(manifests)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.name()).isEqualTo("a");
              assertThat(m.specPath()).hasToString("items[0].spec");
              assertThat(m.position("items[0].spec.containers[0].ports[0].containerPort"))
                  .contains(new SourcePosition(3, 84));
            });
  }

  @Test
  void keepsIntOrStringPortsAndExpandsAliases() {
    String yaml =
        """
        containers:
        - name: a
          image: x
          env: &common
          - name: A
            value: "1"
          readinessProbe:
            httpGet: {port: http, path: /}
          livenessProbe:
            tcpSocket: {port: 8080}
        - name: b
          image: x
          env: *common
        """;
    V1PodSpec spec = reader.readPodSpec(yaml);
    assertThat(spec.getContainers().get(0).getReadinessProbe().getHttpGet().getPort())
        .isEqualTo(new IntOrString("http"));
    assertThat(spec.getContainers().get(0).getLivenessProbe().getTcpSocket().getPort())
        .isEqualTo(new IntOrString(8080));
    assertThat(spec.getContainers().get(1).getEnv())
        .isEqualTo(spec.getContainers().get(0).getEnv());
  }

  // ---- errors a person can act on ----

  @Test
  void malformedYamlGivesLineAndColumn() {
    String yaml = "kind: Pod\nspec:\n  containers:\n  - name: a\n   image: x\n";
    ManifestReadException error = readFails(yaml);
    assertThat(error.reason()).isEqualTo(Reason.SYNTAX);
    assertThat(error.line()).isEqualTo(5);
    assertThat(error.column()).isEqualTo(4);
    assertThat(error.getMessage()).startsWith("pod.yaml:5:4: not valid YAML:");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    ManifestReadException error =
        readFails("{\"kind\": \"Pod\",\n \"spec\": {\"containers\": [}\n}");
    assertThat(error.reason()).isEqualTo(Reason.SYNTAX);
    assertThat(error.line()).isEqualTo(2);
  }

  @Test
  void wrongTypeNamesPathAndValue() {
    String yaml =
        """
        kind: Pod
        spec:
          containers:
          - name: a
            ports:
            - containerPort: "abc"
        """;
    ReadProblem problem = onlyProblem(yaml);
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.SCHEMA_WRONG_TYPE);
    assertThat(problem.path()).hasToString("spec.containers[0].ports[0].containerPort");
    assertThat(problem.position()).isEqualTo(new SourcePosition(6, 22));
    assertThat(problem.message())
        .isEqualTo("expected an integer (32-bit), found the string \"abc\"");
  }

  @Test
  void numberWhereAStringBelongsIsAWrongType() {
    String yaml = "containers:\n- name: a\n  env:\n  - name: PORT\n    value: 80\n";
    ReadProblem problem = onlyProblem(yaml);
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.SCHEMA_WRONG_TYPE);
    assertThat(problem.level()).isEqualTo(ReadProblem.Level.ERROR);
    assertThat(problem.path()).hasToString("containers[0].env[0].value");
    assertThat(problem.position()).isEqualTo(new SourcePosition(5, 12));
    assertThat(problem.fix()).isEqualTo("quote the value: \"80\"");
    assertThatThrownBy(() -> reader.readPodSpec(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("<input>:5:12: containers[0].env[0].value: " + problem.message());
  }

  @Test
  void badQuantitySaysWhatAQuantityIs() {
    String yaml = "containers:\n- name: a\n  resources:\n    limits:\n      cpu: lots\n";
    ReadProblem problem = onlyProblem(yaml);
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.SCHEMA_WRONG_TYPE);
    assertThat(problem.path()).hasToString("containers[0].resources.limits[cpu]");
    assertThat(problem.position().line()).isEqualTo(5);
    assertThat(problem.message()).contains("\"lots\" is not a Kubernetes quantity");
  }

  @Test
  void unknownFieldSuggestsTheNearestKnownName() {
    String yaml =
        """
        kind: Deployment
        spec:
          template:
            spec:
              containers:
              - name: a
                volumeMount:
                - name: v
                  mountPath: /v
                imagePullPolicies: Always
        """;
    List<ReadProblem> problems = problems(yaml);
    assertThat(problems).hasSize(2);
    ReadProblem first = problems.get(0);
    assertThat(first.ruleId()).isEqualTo(ReadProblem.SCHEMA_UNKNOWN_FIELD);
    assertThat(first.path()).hasToString("spec.template.spec.containers[0].volumeMount");
    assertThat(first.position()).isEqualTo(new SourcePosition(7, 9));
    assertThat(first.message())
        .isEqualTo("unknown field `volumeMount` in Container; did you mean `volumeMounts`?");
    assertThat(first.fix()).isEqualTo("rename `volumeMount` to `volumeMounts`");
    assertThat(problems.get(1).path())
        .hasToString("spec.template.spec.containers[0].imagePullPolicies");
    assertThat(problems.get(1).message()).contains("did you mean `imagePullPolicy`?");
  }

  @Test
  void missingRequiredFieldPointsAtTheObject() {
    String yaml = "kind: Pod\nspec:\n  containers:\n  - image: busybox\n  - name: ok\n";
    List<ReadProblem> problems = problems(yaml);
    assertThat(problems)
        .extracting(ReadProblem::ruleId, p -> p.path().toString(), ReadProblem::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD,
                "spec.containers[0].name",
                new SourcePosition(4, 5)));
    assertThat(problems.get(0).message()).isEqualTo("a Container needs `name`");
    assertThat(problems.get(0).fix()).isEqualTo("add `name`");
  }

  @Test
  void missingContainersAndMissingSpecAreReported() {
    assertThat(onlyProblem("kind: Pod\nspec:\n  restartPolicy: Never\n").path())
        .hasToString("spec.containers");
    List<Manifest> noTemplate = reader.read("kind: Deployment\nspec:\n  replicas: 1\n");
    ReadProblem problem = noTemplate.get(0).readProblems().get(0);
    assertThat(noTemplate.get(0).readProblems()).hasSize(1);
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD);
    assertThat(problem.path()).hasToString("spec.template");
    assertThat(problem.position()).isEqualTo(new SourcePosition(3, 3));
    assertThat(noTemplate.get(0).specPath()).hasToString("spec.template.spec");
    assertThat(noTemplate.get(0).podSpec().getContainers()).isNullOrEmpty();
  }

  @Test
  void emptyListEntryIsReported() {
    ReadProblem problem = onlyProblem("containers:\n- name: a\n-\n");
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.SCHEMA_WRONG_TYPE);
    assertThat(problem.path()).hasToString("containers[1]");
    assertThat(problem.position().line()).isEqualTo(3);
  }

  @Test
  void unknownFieldWithoutSuggestionListsTheKnownFieldsInOrder() {
    ReadProblem problem = onlyProblem("containers:\n- name: a\n  zzzzzzzz: 1\n");
    assertThat(problem.message())
        .startsWith(
            "unknown field `zzzzzzzz` in Container; the fields of Container are: args,"
                + " command, env, envFrom, image,");
    assertThat(problem.fix()).isEqualTo("remove `zzzzzzzz`");
  }

  @Test
  void emptyKeyIsAnUnknownField() {
    ReadProblem problem = onlyProblem("containers:\n- name: a\n  \"\": 1\n");
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.SCHEMA_UNKNOWN_FIELD);
    assertThat(problem.path()).hasToString("containers[0][]");
    assertThat(problem.position().line()).isEqualTo(3);
  }

  @Test
  void duplicateKeyKeepsTheLastValueWithAWarning() {
    List<Manifest> manifests = reader.read("containers:\n- name: a\n  image: x\n  image: y\n");
    assertThat(manifests.get(0).podSpec().getContainers().get(0).getImage()).isEqualTo("y");
    ReadProblem problem = manifests.get(0).readProblems().get(0);
    assertThat(problem.ruleId()).isEqualTo(ReadProblem.YAML_DUPLICATE_KEY);
    assertThat(problem.level()).isEqualTo(ReadProblem.Level.WARNING);
    assertThat(problem.path()).hasToString("containers[0].image");
    assertThat(problem.position()).isEqualTo(new SourcePosition(4, 3));
    assertThat(manifests.get(0).position("containers[0].image"))
        .contains(new SourcePosition(4, 10));
  }

  @Test
  void documentsThatAreNotManifestsAreReported() {
    assertThat(readFails("- a\n- b\n").reason()).isEqualTo(Reason.NOT_A_MANIFEST);
    assertThat(readFails("metadata:\n  name: x\n").reason()).isEqualTo(Reason.NOT_A_MANIFEST);
  }

  @Test
  void notUtf8IsReported() {
    byte[] latin1 = "containers:\n- name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    ManifestReadException error =
        catchThrowableOfType(
            ManifestReadException.class,
            () -> reader.read(new ByteArrayInputStream(latin1), "latin1.yaml"));
    assertThat(error.reason()).isEqualTo(Reason.SYNTAX);
    assertThat(error.detail()).contains("UTF-8");
  }

  // ---- hostile input ----

  @Test
  void billionLaughsIsRefused() {
    StringBuilder bomb =
        new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; name++) {
      bomb.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = name;
    }
    ManifestReadException error = readFails(bomb.toString());
    assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(error.detail())
        .contains("values after alias expansion (ReadLimits.maxValuesPerDocument)");
  }

  @Test
  void tooManyAliasesAreRefused() {
    StringBuilder many = new StringBuilder("containers:\n- &c {name: a, image: x}\n");
    for (int i = 0; i < 51; i++) {
      many.append("- *c\n");
    }
    ManifestReadException error = readFails(many.toString());
    assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(error.path()).isEqualTo("containers[51]");
    assertThat(error.line()).isEqualTo(53);
    assertThat(error.detail()).contains("ReadLimits.maxAliases").contains("withMaxAliases(n)");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    ManifestReadException error = readFails(deep);
    assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(error.detail()).contains("ReadLimits.maxNestingDepth").contains("64");
    String deepJson = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(readFails(deepJson).detail()).contains("ReadLimits.maxNestingDepth");
  }

  @Test
  void oversizedInputIsRefused() {
    String big =
        "containers:\n- name: a\n  args:\n" + "  - xxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n".repeat(140_000);
    ManifestReadException error = readFails(big);
    assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(error.detail())
        .startsWith("the input is " + (big.length()) + " bytes, larger than the limit of 4194304")
        .contains("ReadLimits.maxInputBytes")
        .contains("withMaxInputBytes");
    ManifestReadException fromStream =
        catchThrowableOfType(
            ManifestReadException.class,
            () ->
                reader.read(
                    new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "big.yaml"));
    assertThat(fromStream.detail()).contains("ReadLimits.maxInputBytes");
  }

  @Test
  void longStringsAndManyDocumentsAreRefused() {
    ManifestReader strict =
        new ManifestReader(ReadLimits.defaults().withMaxStringLength(100).withMaxDocuments(3));
    ManifestReadException longString =
        catchThrowableOfType(
            ManifestReadException.class,
            () -> strict.read("containers:\n- name: " + "a".repeat(101) + "\n"));
    assertThat(longString.detail()).contains("ReadLimits.maxStringLength");
    ManifestReadException manyDocuments =
        catchThrowableOfType(
            ManifestReadException.class,
            () -> strict.read("containers: [{name: a}]\n---\n".repeat(4)));
    assertThat(manyDocuments.detail()).contains("ReadLimits.maxDocuments");
    assertThat(manyDocuments.line()).isEqualTo(7);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<ReadProblem> problems(String text) {
    List<Manifest> manifests = reader.read(text, "pod.yaml");
    assertThat(manifests).hasSize(1);
    return manifests.get(0).readProblems();
  }

  private ReadProblem onlyProblem(String text) {
    List<ReadProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private ManifestReadException readFails(String text) {
    ManifestReadException error =
        catchThrowableOfType(ManifestReadException.class, () -> reader.read(text, "pod.yaml"));
    assertThat(error).as("expected a ManifestReadException").isNotNull();
    return error;
  }

  @Test
  void readSingleReturnsTheOneWorkloadAndSkipsOtherKinds() {
    Manifest manifest =
        new ManifestReader()
            .readSingle(
                "kind: Service\napiVersion: v1\n---\napiVersion: batch/v1\nkind: Job\n"
                    + "metadata:\n  name: once\nspec:\n  template:\n    spec:\n"
                    + "      restartPolicy: Never\n      containers:\n      - name: a\n"
                    + "        image: x\n",
                "job.yaml");

    assertThat(manifest.kind()).isEqualTo(ManifestKind.JOB);
    assertThat(manifest.name()).isEqualTo("once");
    assertThat(manifest.runsToCompletion()).isTrue();
    assertThat(PodSpecWriter.toYaml(manifest.podSpec()))
        .isEqualTo("containers:\n- name: a\n  image: x\nrestartPolicy: Never\n");
  }

  @Test
  void readSingleRefusesNoWorkloadAndTwoWorkloads() {
    ManifestReader reader = new ManifestReader();

    ManifestReadException none =
        catchThrowableOfType(
            ManifestReadException.class, () -> reader.readSingle("kind: Service\n", "svc.yaml"));
    ManifestReadException two =
        catchThrowableOfType(
            ManifestReadException.class,
            () ->
                reader.readSingle(
                    "containers:\n- name: a\n  image: x\n---\nkind: Pod\nmetadata:\n"
                        + "  name: b\nspec:\n  containers:\n  - name: b\n    image: y\n",
                    "two.yaml"));

    assertThat(none.reason()).isEqualTo(Reason.NOT_A_MANIFEST);
    assertThat(none.getMessage())
        .isEqualTo(
            "svc.yaml: no pod spec found; expected a Pod, a workload with a pod template or a"
                + " bare pod spec with containers");
    assertThat(two.reason()).isEqualTo(Reason.NOT_A_MANIFEST);
    assertThat(two.documentIndex()).isEqualTo(1);
    assertThat(two.getMessage())
        .isEqualTo(
            "two.yaml:9:3: found 2 workloads where one is expected (the second: document 1, Pod"
                + " b); keep one in the file");
  }
}
