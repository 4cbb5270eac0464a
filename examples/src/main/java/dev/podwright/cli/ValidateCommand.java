package dev.podwright.cli;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.manifest.DeclarationHandler;
import dev.podwright.validation.manifest.ManifestValidator;
import dev.podwright.validation.output.DocumentResult;
import dev.podwright.validation.output.FileResult;
import dev.podwright.validation.output.ReportFormat;
import dev.podwright.validation.output.RunResult;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.render.Renderer;
import dev.podwright.validation.spi.RuleInfo;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code podwright validate}: parses the options, runs {@link ManifestValidator#validateInputs} and
 * prints the run in the chosen {@link ReportFormat}.
 */
final class ValidateCommand {

  static final String HELP =
      """
      Usage: podwright validate [OPTIONS] FILE|DIR|- ...

      Validates Kubernetes manifests (a bare pod spec, a Pod, or a workload with a pod template:
      Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ...; several documents per
      file) and declarations (Podwright, Numaflow, HKube, Feldera). A DIR is walked recursively
      for *.yaml, *.yml and *.json files (others skipped), in sorted order; '-' reads standard
      input. Every problem is reported at once, with rule id, severity, the field path as the
      API server reports it (spec.containers[0].name; a Deployment's under spec.template.spec),
      the line and column in the file, a message and a fix. A workload is judged as its
      controller runs it: a StatefulSet's volumeClaimTemplates are volumes; a Job's or CronJob's
      pod must finish.

      Options:
        --output text|json|sarif|junit  the report format (default: text); json, sarif (SARIF
                                        2.1.0, for code scanning) and junit (JUnit XML, a test
                                        case per document) print exactly one document
        --ignore RULE[,RULE...]         suppress these rules' findings everywhere (counted in
                                        the summary as suppressed)
        --kubernetes-version V          the target cluster's version, e.g. 1.29 (default: 1.36)
        --policy none|baseline|restricted
                                        the Pod Security Standard to enforce (default: none)
        -h, --help                      this help

      A workload's or its pod template's metadata can suppress rules for that object only:
        annotations:
          podwright.dev/ignore-rules: "RULE,RULE"

      Exit codes: 0 no errors (warnings allowed), 1 at least one error (schema problems
      included), 2 an input that is not YAML/JSON or breaks a read limit, or bad usage.
      """;

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(InputStream stdin, PrintStream out, PrintStream err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) throws UsageException {
    CliArgs parsed =
        CliArgs.parse(args, Set.of("kubernetes-version", "policy", "output", "ignore"));
    if (parsed.help()) {
      out.print(HELP);
      return Main.OK;
    }
    KubernetesVersion version = Options.kubernetesVersionOrNull(parsed);
    List<String> formats = Arrays.stream(ReportFormat.values()).map(f -> f.optionName()).toList();
    ReportFormat format =
        ReportFormat.named(parsed.choice("output", "text", formats)).orElseThrow();
    PodSecurityLevel level =
        switch (parsed.choice("policy", "none", List.of("none", "baseline", "restricted"))) {
          case "baseline" -> PodSecurityLevel.BASELINE;
          case "restricted" -> PodSecurityLevel.RESTRICTED;
          default -> PodSecurityLevel.PRIVILEGED;
        };
    if (parsed.positional().isEmpty()) {
      throw new UsageException("validate needs at least one FILE, DIR or - for standard input");
    }
    HostPolicy policy = HostPolicy.builder().podSecurityLevel(level).build();
    ManifestValidator validator =
        ManifestValidator.of(
                PodSpecValidator.builder()
                    .kubernetesVersion(version == null ? KubernetesVersion.LATEST : version)
                    .policy(policy)
                    .build())
            .ignoringRules(ignored(parsed.option("ignore", "")));
    checkKnown(validator);
    RunResult run =
        validator.validateInputs(
            parsed.positional(),
            stdin,
            declarations(Renderer.builder().policy(policy).build(), version));
    out.print(format.render(run));
    for (FileResult file : run.files()) {
      file.readError().ifPresent(error -> err.println("podwright: " + error.message()));
    }
    if (run.hasUnreadableInput()) {
      return Main.UNUSABLE;
    }
    return run.hasErrors() ? Main.ERRORS : Main.OK;
  }

  /** The declarations of a run: each composition rendered and validated by the library. */
  private static DeclarationHandler declarations(Renderer renderer, KubernetesVersion version) {
    return (text, source, input) -> {
      Format format = Format.of(input, Format.KUBERNETES);
      if (format == Format.KUBERNETES) {
        return Optional.empty();
      }
      List<DocumentResult> documents = new ArrayList<>();
      List<Declarations.Unit> units = Declarations.read(text, source, format);
      for (int i = 0; i < units.size(); i++) {
        Declarations.Unit unit = units.get(i);
        var report = renderer.render(unit.request().kubernetesVersion(version).build()).report();
        documents.add(
            new DocumentResult(i, format.kindName(), unit.name(), report.violations(), List.of()));
      }
      return Optional.of(documents);
    };
  }

  private static List<String> ignored(String option) {
    return Arrays.stream(option.split(",", -1))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Refuses {@code --ignore} of a rule id no rule has (a typo would suppress nothing). */
  private static void checkKnown(ManifestValidator validator) throws UsageException {
    if (validator.ignoredRules().isEmpty()) {
      return;
    }
    Set<String> known = new HashSet<>();
    for (RuleInfo rule : validator.ruleInfos(true)) {
      known.add(rule.id());
    }
    for (String id : validator.ignoredRules()) {
      if (!known.contains(id)) {
        throw new UsageException("option --ignore: no rule has the id \"" + id + "\"");
      }
    }
  }
}
