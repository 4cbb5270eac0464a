package dev.podwright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.Manifest;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.ManifestReader;
import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.SidecarMode;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.manifest.ManifestReport;
import dev.podwright.validation.manifest.ManifestValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code podwright validate}: validates manifests and declarations, text or JSON out. */
final class ValidateCommand {

  static final String HELP =
      """
      Usage: podwright validate [OPTIONS] FILE...

      Validates Kubernetes manifests (a bare pod spec, a Pod, or a workload with a pod template:
      Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ...; several documents per
      file) and Podwright declarations. FILE '-' reads standard input. Every problem is reported
      at once, with rule id, severity, the field path as the API server reports it
      (spec.containers[0].name; a Deployment's under spec.template.spec), the line and column
      in the file, a message and a fix. A workload is judged as its controller runs it: a
      StatefulSet's volumeClaimTemplates are volumes; a Job's or CronJob's pod must finish.

      Options:
        --kubernetes-version V          the target cluster's version, e.g. 1.29 (default: 1.36)
        --policy none|baseline|restricted
                                        the Pod Security Standard to enforce (default: none)
        --output text|json              the report format (default: text); json prints exactly
                                        one JSON document
        -h, --help                      this help

      Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 unreadable input or
      bad usage.
      """;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Inputs inputs;
  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(Inputs inputs, PrintStream out, PrintStream err) {
    this.inputs = inputs;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) throws UsageException {
    CliArgs parsed = CliArgs.parse(args, Set.of("kubernetes-version", "policy", "output"));
    if (parsed.help()) {
      out.print(HELP);
      return Main.OK;
    }
    KubernetesVersion requested = Options.kubernetesVersionOrNull(parsed);
    KubernetesVersion version = requested == null ? KubernetesVersion.LATEST : requested;
    String policyName = parsed.choice("policy", "none", List.of("none", "baseline", "restricted"));
    boolean json = parsed.choice("output", "text", List.of("text", "json")).equals("json");
    if (parsed.positional().isEmpty()) {
      throw new UsageException("validate needs at least one FILE (or - for standard input)");
    }
    HostPolicy policy =
        HostPolicy.builder()
            .podSecurityLevel(
                switch (policyName) {
                  case "baseline" -> PodSecurityLevel.BASELINE;
                  case "restricted" -> PodSecurityLevel.RESTRICTED;
                  default -> PodSecurityLevel.PRIVILEGED;
                })
            .build();
    ManifestValidator validator =
        ManifestValidator.of(
            PodSpecValidator.builder().kubernetesVersion(version).policy(policy).build());
    List<FileResult> results = new ArrayList<>();
    for (String file : parsed.positional()) {
      results.add(validate(file, validator, policy, requested));
    }
    if (json) {
      out.println(toJson(results));
    } else {
      printText(results);
    }
    for (FileResult result : results) {
      if (result.error() != null) {
        err.println("podwright: " + result.error().getMessage());
      }
    }
    if (results.stream().anyMatch(r -> r.error() != null)) {
      return Main.UNUSABLE;
    }
    boolean errors =
        results.stream()
            .flatMap(r -> r.documents().stream())
            .flatMap(d -> d.violations().stream())
            .anyMatch(v -> v.severity() == Severity.ERROR);
    return errors ? Main.ERRORS : Main.OK;
  }

  private FileResult validate(
      String file, ManifestValidator validator, HostPolicy policy, KubernetesVersion requested)
      throws UsageException {
    String text;
    try {
      text = inputs.read(file);
    } catch (Inputs.UnreadableException unreadable) {
      return new FileResult(inputs.displayName(file), List.of(), unreadable);
    }
    String name = inputs.displayName(file);
    Format format = Format.detectForValidation(text);
    if (format != Format.KUBERNETES) {
      return validateDeclaration(text, name, format, policy, requested);
    }
    List<Manifest> manifests;
    try {
      manifests = new ManifestReader().read(text, name);
    } catch (ManifestReadException unreadable) {
      return new FileResult(name, List.of(), unreadable);
    }
    List<DocumentResult> documents = new ArrayList<>();
    for (ManifestReport report : validator.validate(manifests)) {
      documents.add(
          new DocumentResult(
              report.documentIndex(),
              report.kind().kindName(),
              report.name(),
              report.violations()));
    }
    return new FileResult(name, documents, null);
  }

  private static FileResult validateDeclaration(
      String text, String name, Format format, HostPolicy policy, KubernetesVersion requested)
      throws UsageException {
    List<Declarations.Unit> units;
    try {
      units = Declarations.read(text, name, format, requested, null);
    } catch (DeclarationReadException unreadable) {
      return new FileResult(name, List.of(), unreadable);
    }
    List<DocumentResult> documents = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Declarations.Unit unit = units.get(i);
      CompositionValidator validator =
          CompositionValidator.builder()
              .emitter(PodSpecEmitter.builder().options(unit.options()).build())
              .policy(policy)
              .build();
      ValidationReport report = validator.validate(unit.composition(), unit.base()).report();
      SidecarMode mode = unit.options().effectiveSidecarMode();
      ValidationReport located =
          report.locate(
              path -> {
                String inDeclaration =
                    DeclarationPaths.toDeclaration(path, unit.composition(), mode);
                return inDeclaration.isEmpty()
                    ? Optional.empty()
                    : at(name, unit.positions().findNearest(inDeclaration));
              });
      documents.add(new DocumentResult(i, format.kindName(), unit.name(), located.violations()));
    }
    return new FileResult(name, documents, null);
  }

  private static Optional<SourceLocation> at(String file, Optional<SourcePosition> position) {
    return position.map(p -> new SourceLocation(file, p.line(), p.column()));
  }

  private void printText(List<FileResult> results) {
    for (FileResult result : results) {
      if (result.error() != null) {
        out.println(result.file() + ": unreadable (see standard error)");
        continue;
      }
      if (result.documents().isEmpty()) {
        out.println(result.file() + ": no pod spec found");
        continue;
      }
      for (DocumentResult document : result.documents()) {
        out.println(
            result.file()
                + " [document "
                + document.index()
                + ", "
                + document.kind()
                + (document.name() == null ? "" : " " + document.name())
                + "]: "
                + Reports.summary(document.violations()));
        if (!document.violations().isEmpty()) {
          out.println(Reports.text(document.violations(), "  "));
        }
      }
    }
  }

  private static String toJson(List<FileResult> results) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (FileResult result : results) {
      ObjectNode file = files.addObject();
      file.put("file", result.file());
      if (result.error() != null) {
        ObjectNode error = file.putObject("error");
        error.put("message", result.error().getMessage());
        if (result.error() instanceof ManifestReadException read) {
          if (!read.path().isEmpty()) {
            error.put("path", read.path());
          }
          if (read.line() > 0) {
            error.put("line", read.line());
            error.put("column", read.column());
          }
        } else if (result.error() instanceof DeclarationReadException read) {
          if (read.path() != null && !read.path().isEmpty()) {
            error.put("path", read.path());
          }
          if (read.line() > 0) {
            error.put("line", read.line());
            error.put("column", read.column());
          }
        }
      }
      ArrayNode documents = file.putArray("documents");
      for (DocumentResult document : result.documents()) {
        ObjectNode node = documents.addObject();
        node.put("index", document.index());
        node.put("kind", document.kind());
        if (document.name() != null) {
          node.put("name", document.name());
        }
        node.put(
            "valid", document.violations().stream().noneMatch(v -> v.severity() == Severity.ERROR));
        ArrayNode violations = node.putArray("violations");
        for (Violation violation : document.violations()) {
          ObjectNode v = violations.addObject();
          v.put("rule", violation.ruleId());
          v.put("severity", violation.severity().name());
          v.put("path", violation.path());
          v.put("message", violation.message());
          v.put("hint", violation.hint());
          if (violation.location() != null) {
            v.put("line", violation.location().line());
            v.put("column", violation.location().column());
          }
        }
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException cannotWrite) {
      throw new UncheckedIOException(cannotWrite);
    }
  }

  /** One input's outcome: its documents, or why it could not be read. */
  record FileResult(String file, List<DocumentResult> documents, RuntimeException error) {}

  /** One workload document's outcome. */
  record DocumentResult(int index, String kind, String name, List<Violation> violations) {}
}
