package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.podwright.io.ManifestReadException.Reason;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML as Kubernetes reads it (aliases, repeated keys) and schema problems as data. */
class ManifestReadProblemsTest {

  private final ManifestReader reader = new ManifestReader();

  @Test
  void aliasesToScalarsListsAndMapsAreExpanded() {
    String yaml =
        """
        kind: Pod
        spec:
          containers:
          - name: a
            image: &img busybox:1.36
            args: &args [--port, "8080"]
            resources: &res
              limits: {cpu: 500m}
            securityContext:
              runAsUser: &uid 1000
          - name: b
            image: *img
            args: *args
            resources: *res
            securityContext:
              runAsUser: *uid
            workingDir: !!str &dir /work
          - name: c
            image: *img
            workingDir: *dir
        """;
    Manifest pod = reader.read(yaml, "pod.yaml").get(0);
    assertThat(pod.readProblems()).isEmpty();
    List<V1Container> containers = pod.podSpec().getContainers();
    assertThat(containers)
        .extracting(V1Container::getImage)
        .containsOnly("busybox:1.36")
        .hasSize(3);
    assertThat(containers.get(1).getArgs()).containsExactly("--port", "8080");
    assertThat(containers.get(1).getResources()).isEqualTo(containers.get(0).getResources());
    assertThat(containers.get(1).getSecurityContext().getRunAsUser()).isEqualTo(1000L);
    assertThat(containers.get(2).getWorkingDir()).isEqualTo("/work");
    assertThat(pod.position("spec.containers[1].image")).contains(new SourcePosition(12, 12));
  }

  @Test
  void scalarAnchorsAreFoundAfterCharactersOutsideTheBasicPlane() {
    String yaml =
        "containers:\n- {name: \"\uD83D\uDE00\uD83D\uDE00\", image: &img busybox}\n- {name: b, image: *img}\n";
    assertThat(reader.readPodSpec(yaml).getContainers())
        .extracting(V1Container::getImage)
        .containsExactly("busybox", "busybox");
  }

  @Test
  void aProblemInsideAnAliasedMapIsReportedAtEveryUse() {
    String yaml =
        """
        containers:
        - name: a
          image: x
          resources: &r {limitz: {cpu: 1}}
        - name: b
          image: x
          resources: *r
        """;
    assertThat(reader.read(yaml).get(0).readProblems())
        .extracting(ReadProblem::ruleId, p -> p.path().toString(), ReadProblem::position)
        .containsExactly(
            tuple(
                ReadProblem.SCHEMA_UNKNOWN_FIELD,
                "containers[0].resources.limitz",
                new SourcePosition(4, 18)),
            tuple(
                ReadProblem.SCHEMA_UNKNOWN_FIELD,
                "containers[1].resources.limitz",
                new SourcePosition(7, 14)));
  }

  @Test
  void anAliasToAnUndefinedAnchorIsASyntaxError() {
    ManifestReadException error =
        catchThrowableOfType(
            ManifestReadException.class,
            () -> reader.read("containers:\n- name: a\n  image: *nope\n", "pod.yaml"));
    assertThat(error.reason()).isEqualTo(Reason.SYNTAX);
    assertThat(error.getMessage())
        .isEqualTo(
            "pod.yaml:3:10: containers[0].image: the alias *nope refers to no anchor &nope"
                + " defined before it");
  }

  @Test
  void scalarAliasesCountTowardsTheAliasLimit() {
    StringBuilder many = new StringBuilder("containers:\n- name: a\n  image: x\n  args:\n");
    many.append("  - &s lol\n");
    for (int i = 0; i < 3; i++) {
      many.append("  - *s\n");
    }
    ManifestReader strict = new ManifestReader(ReadLimits.defaults().withMaxAliases(2));
    ManifestReadException error =
        catchThrowableOfType(ManifestReadException.class, () -> strict.read(many.toString()));
    assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(error.path()).isEqualTo("containers[0].args[3]");
    assertThat(error.line()).isEqualTo(8);
    assertThat(reader.readPodSpec(many.toString()).getContainers().get(0).getArgs())
        .containsExactly("lol", "lol", "lol", "lol");
  }

  @Test
  void aRepeatedKeyKeepsTheLastValueAndNamesBothLines() {
    String yaml =
        """
        kind: Pod
        metadata:
          name: web
          name: web2
        spec:
          containers:
          - name: app
            image: nginx:1.26
            resources:
              limits: {cpu: 1}
            image: nginx:1.27
            resources:
              requests: {cpu: 250m}
        """;
    Manifest pod = reader.read(yaml, "pod.yaml").get(0);
    assertThat(pod.name()).isEqualTo("web2");
    V1Container app = pod.podSpec().getContainers().get(0);
    assertThat(app.getImage()).isEqualTo("nginx:1.27");
    assertThat(app.getResources().getLimits()).isNull();
    assertThat(app.getResources().getRequests()).containsKey("cpu");
    assertThat(pod.readProblems())
        .extracting(
            ReadProblem::ruleId,
            ReadProblem::level,
            p -> p.path().toString(),
            ReadProblem::position)
        .containsExactly(
            tuple(
                ReadProblem.YAML_DUPLICATE_KEY,
                ReadProblem.Level.WARNING,
                "metadata.name",
                new SourcePosition(4, 3)),
            tuple(
                ReadProblem.YAML_DUPLICATE_KEY,
                ReadProblem.Level.WARNING,
                "spec.containers[0].image",
                new SourcePosition(11, 5)),
            tuple(
                ReadProblem.YAML_DUPLICATE_KEY,
                ReadProblem.Level.WARNING,
                "spec.containers[0].resources",
                new SourcePosition(12, 5)));
    assertThat(pod.readProblems().get(1).message())
        .isEqualTo(
            "the key `image` appears twice in the same map, on line 8 and line 11; the value on"
                + " line 11 is used and the one on line 8 is ignored, as kubectl does without --validate=strict");
    assertThat(pod.readProblems().get(1).fix()).isEqualTo("remove one of the two `image` keys");
    assertThat(pod.hasReadErrors()).isFalse();
    assertThat(pod.position("spec.containers[0].image")).contains(new SourcePosition(11, 12));
    assertThat(reader.readPodSpec(yaml).getContainers().get(0).getImage()).isEqualTo("nginx:1.27");
  }

  @Test
  void aRepeatedKeyInJsonIsTreatedTheSame() {
    String json = "{\"containers\": [{\"name\": \"a\", \"image\": \"x\",\n \"image\": \"y\"}]}";
    Manifest spec = reader.read(json).get(0);
    assertThat(spec.podSpec().getContainers().get(0).getImage()).isEqualTo("y");
    assertThat(spec.readProblems())
        .singleElement()
        .hasToString(
            "2:2 WARNING YAML_DUPLICATE_KEY containers[0].image: the key `image` appears twice in"
                + " the same map, on line 1 and line 2; the value on line 2 is used and the one"
                + " on line 1 is ignored, as kubectl does without --validate=strict");
  }

  @Test
  void repeatedKeysBelongToTheirListItem() {
    String yaml =
        """
        kind: List
        items:
        - kind: Pod
          spec: {containers: [{name: a, image: x}]}
        - kind: Pod
          spec: {containers: [{name: b, image: x, image: y}]}
        """;
    List<Manifest> pods = reader.read(yaml);
    assertThat(pods.get(0).readProblems()).isEmpty();
    assertThat(pods.get(1).readProblems())
        .extracting(p -> p.path().toString())
        .containsExactly("items[1].spec.containers[0].image");
  }

  @Test
  void everySchemaProblemIsReportedInOneReadAndTheRestIsStillRead() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
              - image: nginx:1.27
                env:
                - name: PORT
                  value: 3
                - name: POD
                  valueFrom:
                    fieldRef: {apiVersion: v1}
                readinessProbe:
                  httpGet: {path: /healthz}
                volumeMount:
                - {name: data, mountPath: /data}
                ports:
                - containerPort: 80
              - name: sidecar
                image: busybox:1.36
                args: [sleep, 3600]
              volumes:
              - emptyDir: {}
              - name: data
                emptyDir: {}
        """;
    Manifest deployment = reader.read(yaml, "deploy.yaml").get(0);

    assertThat(deployment.readProblems())
        .extracting(ReadProblem::ruleId, p -> p.path().toString(), ReadProblem::position)
        .containsExactly(
            tuple(
                ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD,
                "spec.template.spec.containers[0].name",
                new SourcePosition(9, 9)),
            tuple(
                ReadProblem.SCHEMA_WRONG_TYPE,
                "spec.template.spec.containers[0].env[0].value",
                new SourcePosition(12, 18)),
            tuple(
                ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD,
                "spec.template.spec.containers[0].env[1].valueFrom.fieldRef.fieldPath",
                new SourcePosition(15, 23)),
            tuple(
                ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD,
                "spec.template.spec.containers[0].readinessProbe.httpGet.port",
                new SourcePosition(17, 20)),
            tuple(
                ReadProblem.SCHEMA_UNKNOWN_FIELD,
                "spec.template.spec.containers[0].volumeMount",
                new SourcePosition(18, 9)),
            tuple(
                ReadProblem.SCHEMA_WRONG_TYPE,
                "spec.template.spec.containers[1].args[1]",
                new SourcePosition(24, 23)),
            tuple(
                ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD,
                "spec.template.spec.volumes[0].name",
                new SourcePosition(26, 9)));
    assertThat(deployment.readProblems())
        .allSatisfy(p -> assertThat(p.level()).isEqualTo(ReadProblem.Level.ERROR));
    assertThat(deployment.readProblems().get(4).message()).endsWith("did you mean `volumeMounts`?");
    assertThat(deployment.readProblems().get(1).message())
        .isEqualTo(
            "expected a string (quote numbers and booleans: \"80\", \"true\"), found the number 3");
    assertThat(deployment.hasReadErrors()).isTrue();

    V1PodSpec spec = deployment.podSpec();
    V1Container first = spec.getContainers().get(0);
    assertThat(first.getImage()).isEqualTo("nginx:1.27");
    assertThat(first.getEnv().get(0).getName()).isEqualTo("PORT");
    assertThat(first.getEnv().get(0).getValue()).isNull();
    assertThat(first.getEnv().get(1).getValueFrom().getFieldRef().getApiVersion()).isEqualTo("v1");
    assertThat(first.getPorts().get(0).getContainerPort()).isEqualTo(80);
    assertThat(first.getVolumeMounts()).isNull();
    assertThat(spec.getContainers().get(1).getArgs()).containsExactly("sleep");
    assertThat(spec.getVolumes().get(1).getName()).isEqualTo("data");

    ManifestReadException strict =
        catchThrowableOfType(ManifestReadException.class, () -> reader.readPodSpec(yaml));
    assertThat(strict.problems()).hasSize(7);
    assertThat(strict.problems())
        .extracting(ManifestReadException.Problem::reason)
        .containsExactly(
            Reason.MISSING_FIELD,
            Reason.WRONG_TYPE,
            Reason.MISSING_FIELD,
            Reason.MISSING_FIELD,
            Reason.UNKNOWN_FIELD,
            Reason.WRONG_TYPE,
            Reason.MISSING_FIELD);
  }

  @Test
  void severalWrongTypesAreAllReported() {
    String yaml =
        """
        containers:
        - name: a
          image: x
          ports:
          - containerPort: http
          - containerPort: 81
          env:
          - {name: A, value: true}
          - {name: B, value: "ok"}
          args: [1, two]
        """;
    Manifest spec = reader.read(yaml).get(0);
    assertThat(spec.readProblems())
        .extracting(ReadProblem::ruleId, p -> p.path().toString(), ReadProblem::position)
        .containsExactly(
            tuple(
                ReadProblem.SCHEMA_WRONG_TYPE,
                "containers[0].ports[0].containerPort",
                new SourcePosition(5, 20)),
            tuple(
                ReadProblem.SCHEMA_WRONG_TYPE,
                "containers[0].env[0].value",
                new SourcePosition(8, 22)),
            tuple(
                ReadProblem.SCHEMA_WRONG_TYPE,
                "containers[0].args[0]",
                new SourcePosition(10, 10)));
    V1Container container = spec.podSpec().getContainers().get(0);
    assertThat(container.getArgs()).containsExactly("two");
    assertThat(container.getEnv().get(1).getValue()).isEqualTo("ok");
    assertThat(container.getPorts().get(1).getContainerPort()).isEqualTo(81);
  }
}
