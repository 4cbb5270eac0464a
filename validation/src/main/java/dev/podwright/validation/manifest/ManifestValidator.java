package dev.podwright.validation.manifest;

import dev.podwright.io.Manifest;
import dev.podwright.io.SourcePosition;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.reading.ReadProblems;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationCollector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 *       line and column (of the field, or of its nearest ancestor present in the text).
 * </ul>
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

  private ManifestValidator(PodSpecValidator specValidator) {
    this.specValidator = Objects.requireNonNull(specValidator, "specValidator");
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
    return new ManifestReport(
        manifest.source(), manifest.documentIndex(), manifest.kind(), manifest.name(), located);
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
