package dev.podwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.examples.Examples;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void noCommandRunsTheDemo() {
    Cli.Run run = Cli.run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(Cli.run("demo").out());
  }

  @Test
  void demoPrintsEveryExampleWithSpecAndReport() {
    Cli.Run run = Cli.run("demo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    for (int i = 0; i < Examples.all().size(); i++) {
      assertThat(run.out()).contains("## " + (i + 1) + ". " + Examples.all().get(i).title() + "\n");
    }
    assertThat(run.out())
        .startsWith(
            "## 1. Numaflow udf vertex: sidecar on a Unix socket over an in-memory emptyDir\n")
        .contains("# pod spec\ncontainers:\n- name: numa\n")
        .contains("  restartPolicy: Always\n")
        .contains("  ERROR KIND_SIDECARS_NOT_ALLOWED sidecars[0]: sidecar \"my-sidecar\"")
        .contains("  ERROR COMPOSITION_SIDECARS_FORBIDDEN sidecars[0]:")
        .contains("  WARNING RT_JOB_LEGACY_SIDECAR spec.containers[1]:")
        .contains("  ERROR CONTAINER_NAME_UNIQUE_REGULAR sidecars[2].name:")
        .contains("# pod spec: none emitted (see the report)\n")
        .contains("  ERROR MERGE_CONFLICT spec.volumes[0]:")
        .contains("# validation: valid\n  no violations\n");
  }

  @Test
  void globalHelp() {
    for (String flag : new String[] {"--help", "-h", "help"}) {
      Cli.Run run = Cli.run(flag);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("Usage: podwright [COMMAND]").contains("validate", "render");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void helpForEachCommand() {
    assertThat(Cli.run("demo", "--help").out()).startsWith("Usage: podwright demo\n");
    assertThat(Cli.run("render", "--help").out())
        .startsWith("Usage: podwright render [OPTIONS] FILE\n")
        .contains(
            "--sidecar-mode native|classic",
            "--format podwright|numaflow|hkube|feldera",
            "--base FILE",
            "--no-validate");
    assertThat(Cli.run("validate", "-h").out())
        .startsWith("Usage: podwright validate [OPTIONS] FILE|DIR|- ...\n")
        .contains(
            "--policy none|baseline|restricted",
            "--output text|json|sarif|junit",
            "--ignore RULE[,RULE...]",
            "podwright.dev/ignore-rules");
    assertThat(Cli.run("validate", "--help").exitCode()).isZero();
  }

  @Test
  void unknownCommandIsBadUsage() {
    Cli.Run run = Cli.run("deploy");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("podwright: unknown command \"deploy\"\nRun 'podwright --help' for usage.\n");
  }

  @Test
  void optionBeforeTheCommandIsBadUsage() {
    Cli.Run run = Cli.run("--output", "json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("podwright: unknown option --output (options go after");
  }

  @Test
  void demoTakesNoArguments() {
    Cli.Run run = Cli.run("demo", "extra");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("podwright: demo takes no arguments: [extra]\n");
    assertThat(Cli.run("demo", "--verbose").err())
        .startsWith("podwright: unknown option --verbose\n");
  }
}
