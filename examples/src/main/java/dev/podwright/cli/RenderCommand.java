package dev.podwright.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code podwright render}: a declaration in, the emitted pod spec(s) out as YAML. */
final class RenderCommand {

  static final String HELP =
      """
      Usage: podwright render [OPTIONS] FILE

      Reads a declaration and prints the emitted pod spec as YAML. The format is detected from
      the content unless given: kind: Pipeline with apiVersion numaflow... is Numaflow, JSON with
      sideCars or algorithmImage is HKube, JSON with init_containers is Feldera, anything else
      a Podwright declaration. A Numaflow pipeline prints one spec per vertex, separated by
      '---', each after a '# vertex: NAME' comment. FILE '-' reads standard input.

      Options:
        --kubernetes-version V                   the target cluster's version (default: 1.36)
        --sidecar-mode native|classic            how sidecars are emitted (default: native from
                                                 Kubernetes 1.29, classic before)
        --format podwright|numaflow|hkube|feldera
                                                 the declaration's format (default: detected)
        -h, --help                               this help

      Exit codes: 0 rendered, 1 the declaration cannot be emitted (e.g. a merge conflict),
      2 unreadable input or bad usage.
      """;

  private final Inputs inputs;
  private final PrintStream out;
  private final PrintStream err;

  RenderCommand(Inputs inputs, PrintStream out, PrintStream err) {
    this.inputs = inputs;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) throws UsageException {
    CliArgs parsed = CliArgs.parse(args, Set.of("kubernetes-version", "sidecar-mode", "format"));
    if (parsed.help()) {
      out.print(HELP);
      return Main.OK;
    }
    Options.kubernetesVersion(parsed);
    parsed.choice("sidecar-mode", null, List.of("native", "classic"));
    parsed.choice("format", null, List.of("podwright", "numaflow", "hkube", "feldera"));
    if (parsed.positional().size() != 1) {
      throw new UsageException("render needs exactly one FILE (or - for standard input)");
    }
    err.println("podwright: render is not available yet");
    return Main.UNUSABLE;
  }
}
