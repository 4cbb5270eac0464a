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
  void renderEmitsWithoutJudgingThatIsWhatValidateIsFor() {
    Cli.Run run = Cli.run("render", Cli.DIR + "duplicate-names.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "containers:\n- name: app\n  image: example/app:1.0\ninitContainers:\n"
                + "- name: helper\n  image: busybox:1.36\n  restartPolicy: Always\n"
                + "- name: helper\n  image: busybox:1.36\n  restartPolicy: Always\n");
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
    assertThat(run.err()).isEmpty();
    // Numaflow's own init and numa containers come from NumaflowBaseSpec, which render does not
    // lay the vertices over yet (Declarations.Unit#base carries it); the UD containers are native
    // sidecars, the user's sidecars classic containers.
    assertThat(run.out())
        .startsWith("# vertex: in\ninitContainers:\n- name: udsource\n")
        .contains("---\n# vertex: my-udf-vertex\ncontainers:\n- name: my-sidecar\n")
        .contains("---\n# vertex: out\ncontainers:\n- name: my-sidecar\n")
        .contains("initContainers:\n- name: udsink\n")
        .contains("volumes:\n- name: my-udf-volume\n  emptyDir:\n    medium: Memory\n");
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
  void aFelderaRuntimeConfigRendersItsNativeSidecar() {
    Cli.Run run = Cli.run("render", Cli.DIR + "feldera-runtime-config.json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
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
