package dev.podwright.cli;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.MergeConflictException;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.SidecarMode;
import dev.podwright.validation.render.RenderRequest;
import dev.podwright.validation.render.RenderResult;
import dev.podwright.validation.render.Renderer;
import dev.podwright.validation.report.Violation;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code podwright render}: a declaration in, the emitted pod spec(s) out as YAML, merged onto a
 * base manifest and validated by {@link Renderer}.
 */
final class RenderCommand {

  static final String HELP =
      """
      Usage: podwright render [OPTIONS] FILE

      Reads a declaration, emits its pod spec (merged onto the host's base pod spec with --base),
      validates it and prints it as YAML. The format is detected from the content unless given:
      kind: Pipeline with apiVersion numaflow... is Numaflow, JSON with sideCars or
      algorithmImage is HKube, JSON with init_containers is Feldera, anything else a Podwright
      declaration. A Numaflow pipeline prints one spec per vertex, separated by '---', each
      after a '# vertex: NAME' comment. FILE '-' reads standard input.

      Validation is the one 'podwright validate' runs on a declaration: findings are reported on
      standard error at the declaration's paths (sidecars[1].name) with line and column. With an
      error nothing is printed on standard output; warnings are printed and the spec too.

      Options:
        --base FILE                              the host's base pod spec to merge onto: YAML or
                                                 JSON, a bare pod spec, a Pod, or one workload
                                                 with a pod template (Deployment, StatefulSet,
                                                 DaemonSet, ReplicaSet, Job, CronJob, ...); its
                                                 containers are the platform's
        --no-validate                            print the spec without validating it
        --kubernetes-version V                   the target cluster's version (default: 1.36)
        --sidecar-mode native|classic            how sidecars are emitted (default: native from
                                                 Kubernetes 1.29, classic before)
        --format podwright|numaflow|hkube|feldera
                                                 the declaration's format (default: detected)
        -h, --help                               this help

      Exit codes: 0 rendered (warnings allowed), 1 an error found or the declaration cannot be
      emitted (e.g. a merge conflict), 2 unreadable input or bad usage.
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
    CliArgs parsed =
        CliArgs.parse(
            args,
            Set.of("kubernetes-version", "sidecar-mode", "format", "base"),
            Set.of("no-validate"));
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
    String baseFile = parsed.option("base");
    if ("-".equals(baseFile) && file.equals("-")) {
      throw new UsageException("the declaration and --base cannot both be standard input");
    }
    String name = inputs.displayName(file);
    List<Declarations.Unit> units;
    Format detected;
    String base;
    try {
      String text = inputs.read(file);
      detected = format == null ? Format.detectDeclaration(text) : format;
      units = Declarations.read(text, name, detected, version, mode);
      base = baseFile == null ? null : inputs.read(baseFile);
    } catch (Inputs.UnreadableException | DeclarationReadException unreadable) {
      err.println("podwright: " + unreadable.getMessage());
      return Main.UNUSABLE;
    }
    Renderer renderer = Renderer.builder().validation(!parsed.flag("no-validate")).build();
    StringBuilder rendered = new StringBuilder();
    boolean failed = false;
    for (Declarations.Unit unit : units) {
      String label = name + (detected == Format.NUMAFLOW ? " (vertex " + unit.name() + ")" : "");
      RenderRequest.Builder request =
          RenderRequest.builder(unit.composition())
              .options(unit.options())
              .declarationPositions(unit.positions());
      if (base != null) {
        request.baseManifest(base, inputs.displayName(baseFile));
      } else if (unit.base() != null) {
        request.base(BaseSpec.of(unit.base())); // the platform's own pod parts (Numaflow's)
      }
      RenderResult result;
      try {
        result = renderer.render(request.build());
      } catch (ManifestReadException unreadableBase) {
        err.println("podwright: " + unreadableBase.getMessage());
        return Main.UNUSABLE;
      } catch (MergeConflictException | IllegalArgumentException cannotEmit) {
        err.println("podwright: " + label + ": cannot emit a pod spec: " + cannotEmit.getMessage());
        return Main.ERRORS;
      }
      List<Violation> violations = result.report().violations();
      if (!violations.isEmpty()) {
        err.println(label + ": " + Reports.summary(violations));
        err.println(Reports.text(violations, "  "));
      }
      if (!result.isValid()) {
        failed = true;
        continue;
      }
      if (rendered.length() > 0) {
        rendered.append("---\n");
      }
      if (detected == Format.NUMAFLOW) {
        rendered.append("# vertex: ").append(unit.name()).append('\n');
      }
      rendered.append(PodSpecWriter.toYaml(result.spec()));
    }
    if (failed) {
      return Main.ERRORS;
    }
    out.print(rendered);
    return Main.OK;
  }
}
