package dev.podwright.validation.manifest;

import dev.podwright.io.InputFormat;
import dev.podwright.io.Manifest;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.ManifestReader;
import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.composition.CompositionRule;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.output.DocumentResult;
import dev.podwright.validation.output.FileResult;
import dev.podwright.validation.output.InputError;
import dev.podwright.validation.output.RunResult;
import dev.podwright.validation.reading.ReadProblems;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.Suppression;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationCollector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Validates a {@link Manifest} (as read by {@link dev.podwright.io.ManifestReader}) the way its
 * workload controller runs it, and reports every problem at once:
 *
 * <ul>
 *   <li>the pod spec is judged {@linkplain Manifest#podSpecAsRun() as run}: a StatefulSet's {@code
 *       volumeClaimTemplates} count as volumes, so mounting one is not {@code
 *       MOUNT_NAME_NOT_FOUND};
 *   <li>Jobs and CronJobs run to completion: their template must restart {@code OnFailure} or
 *       {@code Never} ({@code TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER}), and the runtime rules tell
 *       native sidecars (init containers with {@code restartPolicy: Always}, stopped when the main
 *       containers finish) from legacy ones (extra regular containers that keep the pod running);
 *   <li>the restrictions of the workload kind itself: a Deployment, ReplicaSet,
 *       ReplicationController, DaemonSet or StatefulSet template restarts {@code Always} and has no
 *       {@code activeDeadlineSeconds} ({@code WORKLOAD_*} rules, see {@link #workloadRules()});
 *   <li>every violation's path is the one the API server prints for the kind ({@code spec....} for
 *       a Pod or a bare spec, {@code spec.template.spec....} for a Deployment, {@code
 *       spec.jobTemplate.spec.template.spec....} for a CronJob) and carries the manifest's source,
 *       line and column (of the field, or of its nearest ancestor present in the text);
 *   <li>suppressed findings — of a rule {@linkplain #ignoringRules ignored} for every input, or
 *       named in the annotation {@value Suppression#ANNOTATION} ({@code "RULE,RULE"}) on the
 *       workload's or its pod template's metadata, for that object only — are kept apart in {@link
 *       ManifestReport#suppressed()}, counted, never silently lost.
 * </ul>
 *
 * <p>{@link #validateInputs(List, InputStream, DeclarationHandler)} validates many files,
 * directories and standard input in one call with one reader and one validator, for a command line
 * or a CI step.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * ManifestValidator validator = ManifestValidator.of(PodSpecValidator.builder()
 *     .kubernetesVersion(KubernetesVersion.of(1, 31))
 *     .policy(HostPolicy.builder().podSecurityLevel(PodSecurityLevel.BASELINE).build())
 *     .build());
 * for (ManifestReport report : validator.validate(new ManifestReader().read(path))) {
 *   report.violations().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class ManifestValidator {

  private static final FieldPath POD_SPEC_ROOT = FieldPath.of("spec");

  private final PodSpecValidator specValidator;
  private final Set<String> ignoredRules;
  private final ManifestReader reader;
  private final int parallelism;

  /** Threads of {@link #validateInputs} by default: the processors, at most 4. */
  private static final int DEFAULT_PARALLELISM =
      Math.min(4, Runtime.getRuntime().availableProcessors());

  /** A copy of the validator with other run options. */
  private ManifestValidator(
      ManifestValidator validator, Set<String> ignoredRules, ManifestReader reader, int threads) {
    this.specValidator = validator.specValidator;
    this.ignoredRules = Set.copyOf(ignoredRules);
    this.reader = reader;
    this.parallelism = threads;
  }

  private ManifestValidator(PodSpecValidator specValidator) {
    this.specValidator = Objects.requireNonNull(specValidator, "specValidator");
    this.ignoredRules = Set.of();
    this.reader = new ManifestReader();
    this.parallelism = DEFAULT_PARALLELISM;
  }

  /**
   * A manifest validator running the given pod spec validator (its Kubernetes version, host policy
   * with its Pod Security level, and host rules) on each manifest's pod spec as run, plus the
   * workload-kind rules.
   *
   * @param specValidator the pod spec validator
   * @throws NullPointerException if it is null
   */
  public static ManifestValidator of(PodSpecValidator specValidator) {
    return new ManifestValidator(specValidator);
  }

  /** A validator for the newest supported Kubernetes version and no host policy. */
  public static ManifestValidator standard() {
    return of(PodSpecValidator.standard());
  }

  /** The pod spec validator this one runs. */
  public PodSpecValidator specValidator() {
    return specValidator;
  }

  /** The rules of the workload kinds this validator adds to the pod spec rules, in order. */
  public static List<RuleInfo> workloadRules() {
    List<RuleInfo> infos = new ArrayList<>();
    for (WorkloadRule rule : WorkloadRule.values()) {
      infos.add(rule.info());
    }
    return List.copyOf(infos);
  }

  /** The pod spec rules this validator runs (built-in, then the host's own). */
  public List<PodSpecRule> rules() {
    return specValidator.rules();
  }

  /**
   * Validates one manifest as its controller runs it. Never throws for a bad manifest: every
   * problem is a violation in the report — first what reading found ({@code SCHEMA_…} and {@code
   * YAML_DUPLICATE_KEY}, from {@link Manifest#readProblems()}), then the spec and workload rules.
   *
   * @param manifest the manifest
   * @return what was found, with API-server paths and source locations
   * @throws NullPointerException if manifest is null
   */
  public ManifestReport validate(Manifest manifest) {
    Objects.requireNonNull(manifest, "manifest");
    // A bare spec is reported as a Pod's: the API server would see it under spec.
    boolean bare = manifest.specPath().isRoot();
    FieldPath root = bare ? POD_SPEC_ROOT : manifest.specPath();
    V1PodSpec spec = manifest.podSpecAsRun();
    ValidationReport report =
        specValidator.validate(spec, root, manifest.runsToCompletion(), manifest.podAnnotations());
    List<Violation> workload = new ArrayList<>();
    for (WorkloadRule rule : WorkloadRule.values()) {
      rule.check(manifest.kind(), spec, root, new ViolationCollector(rule.info(), workload));
    }
    ValidationReport all = report.and(new ValidationReport(workload));
    ValidationReport located =
        new ValidationReport(ReadProblems.toViolations(manifest))
            .and(all.locate(path -> locate(manifest, bare ? inBareSpec(path) : path)));
    Set<String> annotated = new LinkedHashSet<>();
    annotated.addAll(ruleList(manifest.workloadAnnotations().get(Suppression.ANNOTATION)));
    annotated.addAll(ruleList(manifest.podAnnotations().get(Suppression.ANNOTATION)));
    List<Violation> kept = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>();
    suppress(located.violations(), annotated, kept, suppressed);
    return new ManifestReport(
        manifest.source(),
        manifest.documentIndex(),
        manifest.kind(),
        manifest.name(),
        new ValidationReport(kept),
        suppressed);
  }

  /**
   * Validates every input in one run: each file, each directory's {@code *.yaml}, {@code *.yml} and
   * {@code *.json} files (walked recursively, sorted; see {@link ManifestInputs#expand}), and
   * standard input for {@code -}. Declarations are left to the handler, everything else is read as
   * manifests by this validator's one reader. An input that cannot be read is a {@link FileResult}
   * with an {@link InputError}; the others are still validated. Inputs are validated by up to
   * {@link #withParallelism(int)} threads at once (started for the call and stopped before it
   * returns), the results in input order, so the declaration handler must be thread-safe.
   *
   * @param arguments files, directories or {@code -}
   * @param stdin standard input, read for {@code -}
   * @param declarations validates the inputs that are declarations ({@link
   *     DeclarationHandler#NONE}: none are); its findings are suppressed by {@link #ignoringRules}
   *     too
   * @return one result per input, with this validator's rule catalog
   * @throws NullPointerException if an argument is null
   */
  public RunResult validateInputs(
      List<String> arguments, InputStream stdin, DeclarationHandler declarations) {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(declarations, "declarations");
    List<ManifestInputs.Input> inputs = ManifestInputs.expand(arguments);
    List<FileResult> files = new ArrayList<>(inputs.size());
    int threads = Math.min(parallelism, inputs.size());
    if (threads <= 1) {
      for (ManifestInputs.Input input : inputs) {
        files.add(validateInput(input, stdin, declarations));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, ManifestValidator::daemon);
      try {
        List<Future<FileResult>> results = new ArrayList<>(inputs.size());
        for (ManifestInputs.Input input : inputs) {
          results.add(pool.submit(() -> validateInput(input, stdin, declarations)));
        }
        for (Future<FileResult> result : results) {
          files.add(join(result));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    return new RunResult(files, ruleInfos(declarations != DeclarationHandler.NONE));
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "podwright-validate");
    thread.setDaemon(true);
    return thread;
  }

  /** The task's result; what it threw is rethrown as it was. */
  private static FileResult join(Future<FileResult> result) {
    try {
      return result.get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while validating", interrupted);
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(failed.getCause());
    }
  }

  private FileResult validateInput(
      ManifestInputs.Input input, InputStream stdin, DeclarationHandler declarations) {
    String name = input.name();
    try {
      String text = ManifestInputs.read(input, stdin, reader.limits().maxInputBytes());
      Optional<List<DocumentResult>> declared =
          declarations.validate(text, name, InputFormat.detect(text));
      if (declared.isPresent()) {
        List<DocumentResult> documents = new ArrayList<>();
        for (DocumentResult document : declared.get()) {
          documents.add(ignoring(document));
        }
        return new FileResult(name, documents, null);
      }
      List<DocumentResult> documents = new ArrayList<>();
      for (ManifestReport report : validate(reader.read(text, name))) {
        documents.add(
            new DocumentResult(
                report.documentIndex(),
                report.kind().kindName(),
                report.name(),
                report.violations(),
                report.suppressed()));
      }
      return new FileResult(name, documents, null);
    } catch (ManifestInputs.UnreadableInputException unreadable) {
      return FileResult.unreadable(name, unreadable.error());
    } catch (ManifestReadException unreadable) {
      return FileResult.unreadable(
          name,
          new InputError(
              unreadable.getMessage(), unreadable.path(), unreadable.line(), unreadable.column()));
    } catch (DeclarationReadException unreadable) {
      return FileResult.unreadable(
          name,
          new InputError(
              unreadable.getMessage(), unreadable.path(), unreadable.line(), unreadable.column()));
    }
  }

  /** A declaration's result with the ignored rules' findings moved to its suppressed ones. */
  private DocumentResult ignoring(DocumentResult document) {
    List<Violation> kept = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>(document.suppressed());
    suppress(document.violations(), Set.of(), kept, suppressed);
    return new DocumentResult(document.index(), document.kind(), document.name(), kept, suppressed);
  }

  private void suppress(
      List<Violation> violations,
      Set<String> annotated,
      List<Violation> kept,
      List<Suppression> suppressed) {
    for (Violation violation : violations) {
      if (ignoredRules.contains(violation.ruleId())) {
        suppressed.add(new Suppression(violation, Suppression.By.IGNORED_RULE));
      } else if (annotated.contains(violation.ruleId())) {
        suppressed.add(new Suppression(violation, Suppression.By.ANNOTATION));
      } else {
        kept.add(violation);
      }
    }
  }

  /** The rule ids of an annotation's value: comma-separated, blanks around them ignored. */
  private static List<String> ruleList(String value) {
    if (value == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (String id : value.split(",", -1)) {
      if (!id.isBlank()) {
        ids.add(id.strip());
      }
    }
    return ids;
  }

  /**
   * Every rule this validator runs, in catalog order: reading rules, pod spec rules (the host's
   * included), workload-kind rules, then, with declarations, the built-in composition rules.
   */
  public List<RuleInfo> ruleInfos(boolean withCompositionRules) {
    List<RuleInfo> infos = new ArrayList<>(ReadProblems.ruleInfos());
    for (PodSpecRule rule : rules()) {
      infos.add(rule.info());
    }
    infos.addAll(workloadRules());
    if (withCompositionRules) {
      for (CompositionRule rule : CompositionValidator.builtInRules()) {
        infos.add(rule.info());
      }
    }
    return List.copyOf(infos);
  }

  /** The rule ids whose findings this validator suppresses for every manifest. */
  public Set<String> ignoredRules() {
    return ignoredRules;
  }

  /**
   * This validator, also suppressing the findings of these rules for every manifest (a command
   * line's {@code --ignore}): they are moved to {@link ManifestReport#suppressed()} and counted,
   * not reported.
   *
   * @param ruleIds the rule ids, added to those ignored already
   * @throws NullPointerException if the collection or an id is null
   */
  public ManifestValidator ignoringRules(Collection<String> ruleIds) {
    Set<String> ids = new LinkedHashSet<>(ignoredRules);
    for (String id : Objects.requireNonNull(ruleIds, "ruleIds")) {
      ids.add(Objects.requireNonNull(id, "rule id"));
    }
    return new ManifestValidator(this, ids, reader, parallelism);
  }

  /**
   * This validator, reading the inputs of {@link #validateInputs} with this reader (default: a
   * {@link ManifestReader} with the default limits), one for every input of a run.
   *
   * @throws NullPointerException if manifestReader is null
   */
  public ManifestValidator withManifestReader(ManifestReader manifestReader) {
    return new ManifestValidator(
        this, ignoredRules, Objects.requireNonNull(manifestReader, "manifestReader"), parallelism);
  }

  /**
   * This validator, validating up to this many inputs of {@link #validateInputs} at once (default:
   * the processors, at most 4); results keep the inputs' order whatever this is, and 1 validates in
   * the calling thread.
   *
   * @throws IllegalArgumentException if threads is less than 1
   */
  public ManifestValidator withParallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + threads);
    }
    return new ManifestValidator(this, ignoredRules, reader, threads);
  }

  /**
   * Validates each manifest, e.g. every workload of a file read by {@link
   * dev.podwright.io.ManifestReader}.
   *
   * @param manifests the manifests
   * @return one report per manifest, in the same order
   * @throws NullPointerException if the list or one of its elements is null
   */
  public List<ManifestReport> validate(List<Manifest> manifests) {
    Objects.requireNonNull(manifests, "manifests");
    List<ManifestReport> reports = new ArrayList<>(manifests.size());
    for (Manifest manifest : manifests) {
      reports.add(validate(manifest));
    }
    return List.copyOf(reports);
  }

  private static Optional<SourceLocation> locate(Manifest manifest, String documentPath) {
    Optional<SourcePosition> position = manifest.positions().findNearest(documentPath);
    return position.map(p -> new SourceLocation(manifest.source(), p.line(), p.column()));
  }

  /** A violation path under {@code spec} as a path in a bare spec document. */
  private static String inBareSpec(String path) {
    if (path.equals("spec")) {
      return "";
    }
    return path.startsWith("spec.") ? path.substring("spec.".length()) : path;
  }
}
