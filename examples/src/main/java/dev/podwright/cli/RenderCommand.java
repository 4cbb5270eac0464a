package dev.podwright.cli;

import dev.podwright.emit.MergeConflictException;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.SidecarMode;
import io.kubernetes.client.openapi.models.V1PodSpec;
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
    KubernetesVersion version = Options.kubernetesVersionOrNull(parsed);
    SidecarMode mode = Options.sidecarModeOrNull(parsed);
    Format format = Options.formatOrNull(parsed);
    if (parsed.positional().size() != 1) {
      throw new UsageException("render needs exactly one FILE (or - for standard input)");
    }
    String file = parsed.positional().get(0);
    String name = inputs.displayName(file);
    List<Declarations.Unit> units;
    Format detected;
    try {
      String text = inputs.read(file);
      detected = format == null ? Format.detectDeclaration(text) : format;
      units = Declarations.read(text, name, detected, version, mode);
    } catch (Inputs.UnreadableException | DeclarationReadException unreadable) {
      err.println("podwright: " + unreadable.getMessage());
      return Main.UNUSABLE;
    }
    StringBuilder rendered = new StringBuilder();
    for (Declarations.Unit unit : units) {
      V1PodSpec spec;
      try {
        spec = PodSpecEmitter.builder().options(unit.options()).build().emit(unit.composition());
      } catch (MergeConflictException | IllegalArgumentException cannotEmit) {
        err.println(
            "podwright: "
                + name
                + (detected == Format.NUMAFLOW ? " (vertex " + unit.name() + ")" : "")
                + ": cannot emit a pod spec: "
                + cannotEmit.getMessage());
        return Main.ERRORS;
      }
      if (rendered.length() > 0) {
        rendered.append("---\n");
      }
      if (detected == Format.NUMAFLOW) {
        rendered.append("# vertex: ").append(unit.name()).append('\n');
      }
      rendered.append(PodSpecWriter.toYaml(spec));
    }
    out.print(rendered);
    return Main.OK;
  }
}
