package dev.podwright.validation;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.rules.BuiltInRules;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleIds;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationCollector;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates any {@link V1PodSpec} the way the Kubernetes API server would, and more: runtime
 * hazards, the host policy and Pod Security Standards. Every problem is reported at once.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * PodSpecValidator validator = PodSpecValidator.builder()
 *     .kubernetesVersion(KubernetesVersion.of(1, 31))
 *     .policy(HostPolicy.builder().podSecurityLevel(PodSecurityLevel.BASELINE).build())
 *     .build();
 * ValidationReport report = validator.validate(spec);
 * }</pre>
 */
public final class PodSpecValidator {

  private final KubernetesVersion version;
  private final HostPolicy policy;
  private final List<PodSpecRule> rules;

  /** The built-in rules without the Pod Security checks, in catalog order; built once. */
  private static final List<PodSpecRule> WITHOUT_POD_SECURITY =
      concat(BuiltInRules.apiServer(), BuiltInRules.runtimeHazards(), BuiltInRules.policy());

  private PodSpecValidator(Builder builder) {
    this.version = builder.version;
    this.policy = builder.policy;
    List<PodSpecRule> all = new ArrayList<>(WITHOUT_POD_SECURITY);
    if (policy.podSecurityLevel() != PodSecurityLevel.PRIVILEGED) {
      // Under the privileged level no Pod Security check applies; leaving them out also spares a
      // fresh JVM from loading their classes.
      all.addAll(BuiltInRules.podSecurity());
    }
    all.addAll(builder.extraRules);
    this.rules = List.copyOf(all);
  }

  @SafeVarargs
  private static List<PodSpecRule> concat(List<PodSpecRule>... groups) {
    List<PodSpecRule> all = new ArrayList<>();
    for (List<PodSpecRule> group : groups) {
      all.addAll(group);
    }
    return List.copyOf(all);
  }

  /**
   * Every built-in rule, in catalog order: the API-server rules, runtime hazards, host policy and
   * Pod Security checks, each group derived from its rule enums' {@code values()}.
   */
  public static List<PodSpecRule> builtInRules() {
    return concat(WITHOUT_POD_SECURITY, BuiltInRules.podSecurity());
  }

  /** A validator for the newest supported Kubernetes version and no host policy. */
  public static PodSpecValidator standard() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rules this validator runs: the built-in rules (without the Pod Security Standards checks
   * when the policy enforces no level, as none of them could apply), then the host's own.
   */
  public List<PodSpecRule> rules() {
    return rules;
  }

  /**
   * Validates a spec at path {@code spec}, as the API server reports paths for a Pod. Never throws;
   * a null spec is judged as an empty one.
   */
  public ValidationReport validate(V1PodSpec spec) {
    return validate(spec, FieldPath.of("spec"), false);
  }

  /**
   * Validates a spec that sits at the given path (e.g. {@code spec.template.spec} of a Deployment).
   *
   * @param spec the spec, may be null
   * @param root its path
   * @param runsToCompletion true for a Job-like workload whose pod must finish
   */
  public ValidationReport validate(V1PodSpec spec, FieldPath root, boolean runsToCompletion) {
    return validate(spec, root, runsToCompletion, Map.of());
  }

  /**
   * Validates a spec that sits at the given path, knowing the pod's annotations (the Pod Security
   * Standards read AppArmor annotations from them).
   *
   * @param spec the spec, may be null
   * @param root its path
   * @param runsToCompletion true for a Job-like workload whose pod must finish
   * @param podAnnotations the pod's or pod template's annotations, may be null
   */
  public ValidationReport validate(
      V1PodSpec spec,
      FieldPath root,
      boolean runsToCompletion,
      Map<String, String> podAnnotations) {
    return validate(spec, root, runsToCompletion, podAnnotations, Set.of());
  }

  /**
   * Validates a spec knowing which regular containers are the workload's main containers, so rules
   * about helpers (a Job's classic sidecars) never name a main container.
   *
   * @param spec the spec, may be null
   * @param root its path
   * @param runsToCompletion true for a Job-like workload whose pod must finish
   * @param podAnnotations the pod's or pod template's annotations, may be null
   * @param mainContainers the names of the main containers; null or empty when unknown (then the
   *     {@code kubectl.kubernetes.io/default-container} annotation or the first container is)
   */
  public ValidationReport validate(
      V1PodSpec spec,
      FieldPath root,
      boolean runsToCompletion,
      Map<String, String> podAnnotations,
      Set<String> mainContainers) {
    PodSpecContext context =
        new PodSpecContext(
            spec, version, policy, root, runsToCompletion, podAnnotations, mainContainers);
    List<Violation> found = new ArrayList<>();
    RuleSink sink = new RuleSink(found);
    for (PodSpecRule rule : rules) {
      RuleInfo info = rule.info();
      sink.rule = info;
      try {
        rule.check(context, sink);
      } catch (RuntimeException bug) {
        found.add(
            new Violation(
                "VALIDATOR_INTERNAL_ERROR",
                Severity.ERROR,
                root.toString(),
                null,
                "rule " + info.id() + " failed on this input: " + bug,
                "Report this to the rule's author (Podwright for a built-in rule), with the spec"
                    + " that caused it.",
                null));
      }
    }
    return new ValidationReport(found);
  }

  /**
   * One sink for a whole validation, pointed at each rule in turn: what {@link ViolationCollector}
   * does for one rule, without allocating a collector for each rule of each validation.
   */
  private static final class RuleSink implements ViolationSink {
    private final List<Violation> out;
    private RuleInfo rule;

    RuleSink(List<Violation> out) {
      this.out = out;
    }

    @Override
    public void report(FieldPath path, Object value, String message) {
      new ViolationCollector(rule, out).report(path, value, message);
    }

    @Override
    public void report(
        FieldPath path, Object value, String message, Severity severity, String hint) {
      new ViolationCollector(rule, out).report(path, value, message, severity, hint);
    }
  }

  /** Builds a {@link PodSpecValidator}. */
  public static final class Builder {
    private KubernetesVersion version = KubernetesVersion.LATEST;
    private HostPolicy policy = HostPolicy.none();
    private final List<PodSpecRule> extraRules = new ArrayList<>();

    private Builder() {}

    /** The Kubernetes version the spec is meant for (default: the newest supported). */
    public Builder kubernetesVersion(KubernetesVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** The host's policy (default: {@link HostPolicy#none()}). */
    public Builder policy(HostPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a rule of the host's own, run after the built-in ones and reported with its own id,
     * severity and fix. Declare it as Podwright declares its own: an enum constant carrying its
     * {@link RuleInfo} (in a section of the host's, {@link
     * dev.podwright.validation.spi.RuleSection#named(String)}) and its check. A rule that throws is
     * reported as {@code VALIDATOR_INTERNAL_ERROR}, never thrown to the caller.
     *
     * @param rule the rule; its id may not be one of the built-in ids nor added twice
     */
    public Builder addRule(PodSpecRule rule) {
      this.extraRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException when a host rule's id is a built-in id or is added twice
     */
    public PodSpecValidator build() {
      if (!extraRules.isEmpty()) {
        RuleIds.requireUnique(builtInRules(), extraRules);
      }
      return new PodSpecValidator(this);
    }
  }
}
