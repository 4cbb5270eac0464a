package dev.podwright.cli;

import dev.podwright.emit.MergeConflictException;
import dev.podwright.io.InputFormat;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.io.ReadLimits;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.SidecarMode;
import dev.podwright.validation.manifest.ManifestInputs;
import dev.podwright.validation.output.TextRenderer;
import dev.podwright.validation.render.RenderRequest;
import dev.podwright.validation.render.RenderResult;
import dev.podwright.validation.render.Renderer;
import dev.podwright.validation.report.Violation;
import java.io.InputStream;
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

  /** The largest declaration or base read, in bytes (the manifest reader's default limit). */
  private static final long MAX_BYTES = ReadLimits.defaults().maxInputBytes();

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;

  RenderCommand(InputStream stdin, PrintStream out, PrintStream err) {
    this.stdin = stdin;
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
    String baseFile = parsed.option("base");
    List<String> files =
        baseFile == null ? parsed.positional() : List.of(parsed.positional().get(0), baseFile);
    if (files.size() == 2 && files.get(0).equals("-") && files.get(1).equals("-")) {
      throw new UsageException("the declaration and --base cannot both be standard input");
    }
    List<ManifestInputs.Input> inputs = files.stream().map(ManifestInputs::of).toList();
    String name = inputs.get(0).name();
    List<Declarations.Unit> units;
    Format detected;
    String base = null;
    try {
      String text = ManifestInputs.read(inputs.get(0), stdin, MAX_BYTES);
      detected = format == null ? Format.of(InputFormat.detect(text), Format.PODWRIGHT) : format;
      units = Declarations.read(text, name, detected);
      if (baseFile != null) {
        base = ManifestInputs.read(inputs.get(1), stdin, MAX_BYTES);
      }
    } catch (ManifestInputs.UnreadableInputException | DeclarationReadException unreadable) {
      err.println("podwright: " + unreadable.getMessage());
      return Main.UNUSABLE;
    }
    Renderer renderer = Renderer.builder().validation(!parsed.flag("no-validate")).build();
    StringBuilder rendered = new StringBuilder();
    boolean failed = false;
    for (Declarations.Unit unit : units) {
      String label = name + (detected == Format.NUMAFLOW ? " (vertex " + unit.name() + ")" : "");
      RenderRequest.Builder request = unit.request().kubernetesVersion(version).sidecarMode(mode);
      if (base != null) {
        request.baseManifest(base, inputs.get(1).name());
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
        err.println(label + ": " + TextRenderer.summary(violations));
        err.println(TextRenderer.violations(violations, "  "));
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
