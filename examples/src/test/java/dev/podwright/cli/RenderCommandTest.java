package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RenderCommandTest {

  private static final String DECLARATION_SPEC =
      """
      containers:
      - name: udf
        image: alpine:3.20
        volumeMounts:
        - name: socket
          mountPath: /var/run/udf
      initContainers:
      - name: socket-server
        command:
        - /bin/sh
        - -c
        - "socat UNIX-LISTEN:/var/run/sidecar/my.sock,fork -"
        image: alpine:3.20
        restartPolicy: Always
        volumeMounts:
        - name: socket
          mountPath: /var/run/sidecar
      volumes:
      - name: socket
        emptyDir:
          medium: Memory
          sizeLimit: 16Mi
      """;

  @Test
  void rendersAPodwrightDeclarationAsYaml() {
    Cli.Run run = Cli.run("render", Cli.DIR + "declaration.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(DECLARATION_SPEC);
  }

  @Test
  void readsStandardInputAndTheFormatMayBeGiven() throws Exception {
    String declaration = Files.readString(Path.of(Cli.DIR + "declaration.yaml"));

    Cli.Run run = Cli.runWithInput(declaration, "render", "--format", "podwright", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(DECLARATION_SPEC);
  }

  @Test
  void sidecarModeClassicPutsTheSidecarAmongTheContainers() {
    Cli.Run run = Cli.run("render", "--sidecar-mode", "classic", Cli.DIR + "declaration.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("containers:\n- name: udf\n")
        .contains("- name: socket-server\n")
        .doesNotContain("initContainers", "restartPolicy");
  }

  @Test
  void kubernetesVersionBefore129EmitsClassicSidecars() {
    Cli.Run run = Cli.run("render", "--kubernetes-version", "1.28", Cli.DIR + "declaration.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("initContainers").contains("- name: socket-server\n");
  }

  @Test
  void anErrorPrintsTheReportOnStandardErrorAndNothingOnStandardOutput() {
    Cli.Run run = Cli.run("render", Cli.DIR + "duplicate-names.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            Cli.DIR
                + "duplicate-names.yaml: invalid, 1 error, 0 warnings, 0 notes\n"
                + "  ERROR CONTAINER_NAME_UNIQUE_INIT sidecars[1].name ("
                + Cli.DIR
                + "duplicate-names.yaml:7:9): Duplicate value: \"helper\": the name is already"
                + " used by spec.initContainers[0].\n"
                + "    fix: Rename the init container so that no container or init container"
                + " shares its name.\n");
  }

  @Test
  void noValidatePrintsTheSpecUnjudged() {
    Cli.Run run = Cli.run("render", "--no-validate", Cli.DIR + "duplicate-names.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "containers:\n- name: app\n  image: example/app:1.0\ninitContainers:\n"
                + "- name: helper\n  image: busybox:1.36\n  restartPolicy: Always\n"
                + "- name: helper\n  image: busybox:1.36\n  restartPolicy: Always\n");
    assertThat(Cli.run("render", "--no-validate=yes", Cli.DIR + "declaration.yaml").err())
        .startsWith("podwright: option --no-validate takes no value\n");
  }

  @Test
  void aSidecarOnANumaflowSourceVertexFailsTheWholePipeline() {
    Cli.Run run = Cli.run("render", Cli.DIR + "numaflow-source-sidecar.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            Cli.DIR
                + "numaflow-source-sidecar.yaml (vertex in): invalid, 1 error, 0 warnings, 1"
                + " note\n"
                + "  ERROR KIND_SIDECARS_NOT_ALLOWED sidecars[0]: sidecar \"helper\" (owned by"
                + " user) is not allowed: workload kind \"source\" takes no user-owned"
                + " sidecars");
  }

  @Test
  void warningsGoToStandardErrorAndTheSpecIsPrinted() {
    Cli.Run run = Cli.run("render", Cli.DIR + "render-latest-image.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("containers:\n- name: app\n  image: example/app:latest\n");
    assertThat(run.err())
        .startsWith(
            Cli.DIR
                + "render-latest-image.yaml: valid, 0 errors, 1 warning, 0 notes\n"
                + "  WARNING RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.containers[0].image ("
                + Cli.DIR
                + "render-latest-image.yaml:3:10): container \"app\" uses image"
                + " \"example/app:latest\", tagged :latest, and imagePullPolicy is not set, so it"
                + " defaults to Always");
  }

  @Test
  void baseMergesOntoABarePodSpec() {
    Cli.Run run =
        Cli.run(
            "render", "--base", Cli.DIR + "render-base-spec.yaml", Cli.DIR + "declaration.yaml");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            containers:
            - name: udf
              env:
              - name: NUMAFLOW_VERTEX
                value: my-udf
              image: alpine:3.20
              volumeMounts:
              - name: runtime
                mountPath: /var/numaflow
              - name: socket
                mountPath: /var/run/udf
            initContainers:
            - name: socket-server
              command:
              - /bin/sh
              - -c
              - "socat UNIX-LISTEN:/var/run/sidecar/my.sock,fork -"
              image: alpine:3.20
              restartPolicy: Always
              volumeMounts:
              - name: socket
                mountPath: /var/run/sidecar
            serviceAccountName: pipeline
            volumes:
            - name: runtime
              emptyDir: {}
            - name: socket
              emptyDir:
                medium: Memory
                sizeLimit: 16Mi
            """);
  }

  @Test
  void baseMergesOntoADeploymentsPodTemplate() {
    Cli.Run run =
        Cli.run(
            "render",
            "--base=" + Cli.DIR + "render-base-deployment.yaml",
            Cli.DIR + "declaration.yaml");

    assertThat(run.err())
        .isEqualTo(
            Cli.DIR
                + "declaration.yaml: valid, 0 errors, 0 warnings, 1 note\n"
                + "  INFO RT_SIDECAR_ORDERING spec.initContainers[1].restartPolicy ("
                + Cli.DIR
                + "declaration.yaml:16:3): native sidecar \"socket-server\" starts only after"
                + " init container \"init\" (and every plain init container before it) has"
                + " completed, so those cannot use it.\n"
                + "    fix: If earlier init containers need the sidecar, list the sidecar before"
                + " them.\n");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            containers:
            - name: udf
              image: alpine:3.20
              volumeMounts:
              - name: socket
                mountPath: /var/run/udf
            - name: metrics
              image: example/metrics:2.0
            initContainers:
            - name: init
              command:
              - "true"
              image: busybox:1.36
            - name: socket-server
              command:
              - /bin/sh
              - -c
              - "socat UNIX-LISTEN:/var/run/sidecar/my.sock,fork -"
              image: alpine:3.20
              restartPolicy: Always
              volumeMounts:
              - name: socket
                mountPath: /var/run/sidecar
            volumes:
            - name: socket
              emptyDir:
                medium: Memory
                sizeLimit: 16Mi
            """);
  }

  @Test
  void baseMayBeAJsonPodOnStandardInput() throws Exception {
    String pod = Files.readString(Path.of(Cli.DIR + "render-base-pod.json"));

    Cli.Run run = Cli.runWithInput(pod, "render", "--base", "-", Cli.DIR + "declaration.yaml");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            containers:
            - name: udf
              image: alpine:3.20
              volumeMounts:
              - name: socket
                mountPath: /var/run/udf
              workingDir: /app
            initContainers:
            - name: socket-server
              command:
              - /bin/sh
              - -c
              - "socat UNIX-LISTEN:/var/run/sidecar/my.sock,fork -"
              image: alpine:3.20
              restartPolicy: Always
              volumeMounts:
              - name: socket
                mountPath: /var/run/sidecar
            terminationGracePeriodSeconds: 30
            volumes:
            - name: socket
              emptyDir:
                medium: Memory
                sizeLimit: 16Mi
            """);
  }

  @Test
  void anUnreadableBaseExitsTwoNamingTheFileAndPosition() {
    Cli.Run run =
        Cli.run(
            "render",
            "--base",
            Cli.DIR + "render-base-unreadable.yaml",
            Cli.DIR + "declaration.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "podwright: "
                + Cli.DIR
                + "render-base-unreadable.yaml:5:3: containers[0].volumeMount: unknown field"
                + " `volumeMount` in Container; did you mean `volumeMounts`?\n");
    Cli.Run service =
        Cli.run(
            "render", "--base", Cli.DIR + "numaflow-pipeline.yaml", Cli.DIR + "declaration.yaml");
    assertThat(service.exitCode()).isEqualTo(2);
    assertThat(service.err())
        .isEqualTo(
            "podwright: "
                + Cli.DIR
                + "numaflow-pipeline.yaml: no pod spec found; expected a Pod, a workload with a"
                + " pod template or a bare pod spec with containers\n");
    Cli.Run missing =
        Cli.run("render", "--base", Cli.DIR + "no-such-base.yaml", Cli.DIR + "declaration.yaml");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo("podwright: " + Cli.DIR + "no-such-base.yaml: no such file\n");
    Cli.Run bothStdin = Cli.run("render", "--base", "-", "-");
    assertThat(bothStdin.exitCode()).isEqualTo(2);
    assertThat(bothStdin.err())
        .startsWith("podwright: the declaration and --base cannot both be standard input\n");
  }

  @Test
  void anUnreadableDeclarationExitsTwoWithItsPosition() {
    Cli.Run run = Cli.run("render", Cli.DIR + "bad-declaration.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "podwright: "
                + Cli.DIR
                + "bad-declaration.yaml:6:3: sidecars[0].imag: unknown field \"imag\" of a"
                + " Kubernetes Container (did you mean \"image\"?)\n");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(Cli.run("render").exitCode()).isEqualTo(2);
    assertThat(Cli.run("render").err())
        .startsWith("podwright: render needs exactly one FILE (or - for standard input)\n");
    assertThat(Cli.run("render", "a.yaml", "b.yaml").exitCode()).isEqualTo(2);
    Cli.Run mode = Cli.run("render", "--sidecar-mode", "sideways", Cli.DIR + "declaration.yaml");
    assertThat(mode.exitCode()).isEqualTo(2);
    assertThat(mode.err())
        .startsWith(
            "podwright: option --sidecar-mode must be one of native, classic, not \"sideways\"");
    assertThat(Cli.run("render", "--format", "yaml", Cli.DIR + "declaration.yaml").exitCode())
        .isEqualTo(2);
    Cli.Run missing = Cli.run("render", Cli.DIR + "no-such-file.yaml");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo("podwright: " + Cli.DIR + "no-such-file.yaml: no such file\n");
  }

  @Test
  void aNumaflowPipelineRendersOneSpecPerVertex() {
    Cli.Run run = Cli.run("render", Cli.DIR + "numaflow-pipeline.yaml");

    assertThat(run.exitCode()).isZero();
    // Numaflow's own init and numa containers come from NumaflowBaseSpec, which render lays each
    // vertex over; the UD containers are native sidecars after Numaflow's init container (so
    // RT_SIDECAR_ORDERING notes it), the user's sidecars classic containers after numa.
    assertThat(run.err())
        .contains("(vertex in): valid, 0 errors, 0 warnings, 1 note\n  INFO RT_SIDECAR_ORDERING")
        .doesNotContain("ERROR")
        .doesNotContain("WARNING");
    assertThat(run.out())
        .startsWith("# vertex: in\ncontainers:\n- name: numa\n")
        .contains("initContainers:\n- name: init\n")
        .contains("- name: udsource\n")
        .contains("---\n# vertex: my-udf-vertex\ncontainers:\n- name: numa\n")
        .contains("- name: my-sidecar\n")
        .contains("---\n# vertex: out\n")
        .contains("- name: udsink\n")
        .contains("- name: my-udf-volume\n  emptyDir:\n    medium: Memory\n");
    assertThat(run.out().split("\n---\n", -1)).hasSize(3);
  }

  @Test
  void anHkubeAlgorithmGetsDefaultResourcesForItsSidecars() {
    Cli.Run run = Cli.run("render", Cli.DIR + "hkube-algorithm.json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("containers:\n- name: algorunner\n")
        .contains("- name: mycar\n  env:\n  - name: env1\n    value: val1\n")
        .contains(
            "- name: second\n  image: busybox:1.36\n  resources:\n    limits:\n"
                + "      cpu: 200m\n      memory: 256Mi\n    requests:\n"
                + "      cpu: 100m\n      memory: 128Mi\nvolumes:\n")
        .doesNotContain("# vertex");
  }

  @Test
  void aFelderaRuntimeConfigAloneHasNoMainContainer() {
    Cli.Run run = Cli.run("render", Cli.DIR + "feldera-runtime-config.json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "  ERROR POD_CONTAINERS_REQUIRED spec.containers: Required value: the pod has no");
  }

  @Test
  void aFelderaRuntimeConfigRendersItsNativeSidecarOntoThePipelineStatefulSet() {
    Cli.Run run =
        Cli.run(
            "render",
            "--base",
            Cli.DIR + "render-feldera-base.yaml",
            Cli.DIR + "feldera-runtime-config.json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            containers:
            - name: pipeline
              image: example/pipeline:1.0
              resources:
                requests:
                  cpu: "1"
                  memory: 1Gi
            initContainers:
            - name: example
              command:
              - bash
              - -c
              - "echo 'Hello, world!'; sleep infinity"
              image: ubuntu:24.04
              resources:
                limits:
                  cpu: 500m
                  memory: 512Mi
                requests:
                  cpu: 250m
                  memory: 256Mi
              restartPolicy: Always
            """);
  }

  @Test
  void aGivenFormatOverridesDetection() {
    Cli.Run run = Cli.run("render", "--format", "numaflow", Cli.DIR + "declaration.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("podwright: " + Cli.DIR + "declaration.yaml:");
  }
}
