package dev.podwright.validation.composition;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.Emission;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.MergeConflict;
import dev.podwright.emit.MergeConflictException;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.emit.Provenance;
import dev.podwright.model.Composition;
import dev.podwright.model.Sidecar;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.rules.names.NameRule;
import dev.podwright.validation.rules.policy.PolicyRule;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleIds;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationCollector;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a composition end to end: the platform rules on the composition itself (workload kinds,
 * host policy, model constraints; paths of the declaration such as {@code sidecars[1].name}), then
 * emits it and validates the emitted spec as the API server would (paths such as {@code
 * spec.initContainers[0].volumeMounts[0].name}). Every problem at once. Immutable, thread-safe.
 *
 * <pre>{@code
 * CompositionValidator validator = CompositionValidator.builder()
 *     .emitter(PodSpecEmitter.builder().options(options).build())
 *     .policy(HostPolicy.builder().allowInitContainers(false).build())
 *     .build();
 * CompositionValidator.Result result = validator.validate(composition);
 * result.report().throwIfInvalid();
 * V1PodSpec spec = result.spec();
 * }</pre>
 */
public final class CompositionValidator {

  /** The id of violations made from collisions with the host's base spec. */
  public static final String MERGE_CONFLICT = PlatformPolicyRule.MERGE_CONFLICT.name();

  private static final RuleInfo MERGE_CONFLICT_INFO = PlatformPolicyRule.MERGE_CONFLICT.info();

  private static final List<CompositionRule> BUILT_IN = builtIns();

  private final PodSpecEmitter emitter;
  private final HostPolicy policy;
  private final List<CompositionRule> rules;
  private final PodSpecValidator specValidator;

  private CompositionValidator(Builder builder) {
    this.emitter = builder.emitter;
    this.policy = builder.policy;
    List<CompositionRule> all = new ArrayList<>();
    for (CompositionRule rule : BUILT_IN) {
      if (rule != KindRule.MODEL_CONSTRAINT || builder.modelConstraints) {
        all.add(rule);
      }
    }
    all.addAll(builder.extraRules);
    this.rules = List.copyOf(all);
    PodSpecValidator.Builder spec =
        PodSpecValidator.builder()
            .kubernetesVersion(emitter.options().kubernetesVersion())
            .policy(policy);
    for (PodSpecRule rule : builder.extraSpecRules) {
      spec.addRule(rule);
    }
    this.specValidator = spec.build();
  }

  private static List<CompositionRule> builtIns() {
    List<CompositionRule> all = new ArrayList<>();
    for (KindRule rule : KindRule.values()) {
      all.add(rule);
    }
    for (PlatformPolicyRule rule : PlatformPolicyRule.values()) {
      all.add(rule);
    }
    return List.copyOf(all);
  }

  /**
   * Every built-in composition rule, in catalog order, derived from the rule enums: the model's
   * constraints (run only with {@link Builder#modelConstraints(boolean)}), the workload-kind rules,
   * the host-policy rules and {@link #MERGE_CONFLICT}.
   */
  public static List<CompositionRule> builtInRules() {
    return BUILT_IN;
  }

  /** What every built-in composition rule is, for the catalog, including merge conflicts. */
  public static List<RuleInfo> builtInRuleInfos() {
    List<RuleInfo> infos = new ArrayList<>();
    for (CompositionRule rule : BUILT_IN) {
      infos.add(rule.info());
    }
    return List.copyOf(infos);
  }

  /**
   * The composition rules this validator runs: the built-in ones (the model's constraints only when
   * asked for), then the host's own, in the order added.
   */
  public List<CompositionRule> rules() {
    return rules;
  }

  /** The validator this one runs on the emitted spec (built-in and the host's spec rules). */
  public PodSpecValidator specValidator() {
    return specValidator;
  }

  /** A validator with the standard emitter and no host policy. */
  public static CompositionValidator standard() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The emitted spec (null when the composition could not be emitted) and everything found.
   *
   * @param spec the emitted spec, or null
   * @param provenance where each part of the spec came from; empty when it could not be emitted
   * @param report every violation
   */
  public record Result(V1PodSpec spec, Provenance provenance, ValidationReport report) {

    /** Requires the report; a null provenance is empty. */
    public Result {
      provenance = provenance == null ? Provenance.empty() : provenance;
      Objects.requireNonNull(report, "report");
    }

    /** A result without provenance. */
    public Result(V1PodSpec spec, ValidationReport report) {
      this(spec, Provenance.empty(), report);
    }
  }

  /** Validates the composition alone. Never throws on a composition; null is a violation. */
  public Result validate(Composition composition) {
    return validate(composition, null);
  }

  /** Validates the composition laid over the host's base spec (may be null). */
  public Result validate(Composition composition, V1PodSpec base) {
    return validate(composition, BaseSpec.of(base), false);
  }

  /**
   * Validates the composition laid over the host's base spec, with its container owners, and
   * returns the provenance of the emitted spec too.
   *
   * @param composition the composition; null is a violation
   * @param base the host's base spec ({@link BaseSpec#empty()} for none; null is empty)
   * @param baseRunsToCompletion true when the base spec is a Job's or CronJob's pod template, so
   *     the spec is checked as a pod that must finish even if the composition's kind is not
   */
  public Result validate(Composition composition, BaseSpec base, boolean baseRunsToCompletion) {
    if (composition == null) {
      return new Result(
          null,
          new ValidationReport(
              List.of(
                  new Violation(
                      KindRule.MODEL_CONSTRAINT.name(),
                      Severity.ERROR,
                      "",
                      null,
                      "no composition was given",
                      "Pass a Composition built with Composition.builder().",
                      null))));
    }
    List<Violation> found = new ArrayList<>();
    CompositionContext context = new CompositionContext(composition, emitter.options(), policy);
    for (CompositionRule rule : rules) {
      RuleInfo info = rule.info();
      try {
        rule.check(context, new ViolationCollector(info, found));
      } catch (RuntimeException bug) {
        found.add(
            new Violation(
                "VALIDATOR_INTERNAL_ERROR",
                Severity.ERROR,
                "",
                null,
                "rule " + info.id() + " failed on this composition: " + bug,
                "Report this to the rule's author (Podwright for a built-in rule), with the"
                    + " composition that caused it.",
                null));
      }
    }
    Emission emission;
    try {
      emission = emitter.emission(composition, base == null ? BaseSpec.empty() : base);
    } catch (MergeConflictException conflict) {
      for (MergeConflict each : conflict.conflicts()) {
        found.add(
            new Violation(
                MERGE_CONFLICT,
                Severity.ERROR,
                each.path(),
                each.incoming(),
                each.message(),
                MERGE_CONFLICT_INFO.fix(),
                null));
      }
      return new Result(null, new ValidationReport(found));
    }
    V1PodSpec spec = emission.spec();
    ValidationReport specReport =
        specValidator.validate(
            spec,
            FieldPath.of("spec"),
            baseRunsToCompletion || composition.kind().runsToCompletion(),
            Map.of(),
            mainContainers(composition, spec));
    return new Result(
        spec,
        emission.provenance(),
        new ValidationReport(found)
            .and(atDeclaration(withoutRepeats(found, specReport), emission.provenance())));
  }

  /**
   * Two containers of one name are the API server's finding ({@code CONTAINER_NAME_UNIQUE_*}), one
   * finding under its id; when the duplicate was declared in the composition it is reported at its
   * declaration path ({@code sidecars[1].name}), where the user renames it.
   */
  private static ValidationReport atDeclaration(ValidationReport spec, Provenance provenance) {
    List<Violation> placed = new ArrayList<>(spec.violations().size());
    for (Violation violation : spec.violations()) {
      String declared =
          AT_DECLARATION.contains(violation.ruleId())
              ? provenance.declarationPathOf(violation.path()).orElse(null)
              : null;
      placed.add(declared == null ? violation : violation.withPath(declared));
    }
    return new ValidationReport(placed);
  }

  private static final Set<String> AT_DECLARATION =
      Set.of(
          NameRule.CONTAINER_NAME_UNIQUE_REGULAR.name(),
          NameRule.CONTAINER_NAME_UNIQUE_INIT.name());

  /**
   * The workload's main containers in the emitted spec: every regular container that is not one of
   * the composition's sidecars. The composition's main container and every container of the host's
   * base spec (HKube's {@code worker} and {@code algorunner}, a Dapr user's app) run the workload;
   * only a sidecar emitted as a classic container is a helper that may keep a Job's pod from
   * completing. Empty when the spec has no such container (the spec rules then fall back to their
   * own guess).
   */
  private static Set<String> mainContainers(Composition composition, V1PodSpec spec) {
    if (spec.getContainers() == null) {
      return Set.of();
    }
    Set<String> sidecars = new HashSet<>();
    for (Sidecar sidecar : composition.sidecars()) {
      if (sidecar != null && sidecar.spec() != null && sidecar.spec().name() != null) {
        sidecars.add(sidecar.spec().name());
      }
    }
    Set<String> main = new LinkedHashSet<>();
    for (V1Container container : spec.getContainers()) {
      if (container != null
          && container.getName() != null
          && !sidecars.contains(container.getName())) {
        main.add(container.getName());
      }
    }
    return main;
  }

  /**
   * The spec-level policy rules see native sidecars only; when the composition-level rule already
   * reported the same problem with the user's own paths, the spec-level repeat is dropped.
   */
  private static ValidationReport withoutRepeats(
      List<Violation> composition, ValidationReport spec) {
    List<String> repeated = new ArrayList<>();
    for (Violation violation : composition) {
      String specRule = SPEC_LEVEL_TWIN.get(violation.ruleId());
      if (specRule != null) {
        repeated.add(specRule);
      }
    }
    if (repeated.isEmpty()) {
      return spec;
    }
    return new ValidationReport(
        spec.violations().stream().filter(v -> !repeated.contains(v.ruleId())).toList());
  }

  private static final Map<String, String> SPEC_LEVEL_TWIN =
      Map.of(
          PlatformPolicyRule.COMPOSITION_SIDECARS_FORBIDDEN.name(),
          PolicyRule.POLICY_SIDECARS_FORBIDDEN.name(),
          PlatformPolicyRule.COMPOSITION_TOO_MANY_SIDECARS.name(),
          PolicyRule.POLICY_TOO_MANY_SIDECARS.name());

  /** Builds a {@link CompositionValidator}. */
  public static final class Builder {
    private PodSpecEmitter emitter = PodSpecEmitter.standard();
    private HostPolicy policy = HostPolicy.none();
    private boolean modelConstraints;
    private final List<CompositionRule> extraRules = new ArrayList<>();
    private final List<PodSpecRule> extraSpecRules = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a composition rule of the host's own, run after the built-in ones and reported with its
     * own id, severity and fix. Declare it as Podwright declares its own: an enum constant carrying
     * its {@link RuleInfo} (in a section of the host's, {@link
     * dev.podwright.validation.spi.RuleSection#named(String)}).
     *
     * @param rule the rule; its id may not be one of the built-in ids nor added twice
     */
    public Builder addRule(CompositionRule rule) {
      this.extraRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a pod spec rule of the host's own to the validation of the emitted spec ({@link
     * PodSpecValidator.Builder#addRule(PodSpecRule)}).
     *
     * @param rule the rule; its id may not be one of the built-in ids nor added twice
     */
    public Builder addSpecRule(PodSpecRule rule) {
      this.extraSpecRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Also runs the Jakarta Bean Validation constraints declared on the model ({@code @NotBlank},
     * {@code @Size}, {@code @Min}/{@code @Max} on container, port, volume and mount fields) with
     * Hibernate Validator, and reports them as {@code MODEL_CONSTRAINT} at the declaration's own
     * paths ({@code sidecars[1].name}). Off by default.
     *
     * <p>Every one of these constraints is also checked on the emitted spec by the API-server rules
     * ({@code CONTAINER_NAME_*}, {@code PORT_*}, {@code VOLUME_NAME_*}, {@code MOUNT_*}), so
     * turning this on adds the same findings at declaration paths, not new ones. It costs Hibernate
     * Validator's bootstrap, about half a second the first time in a JVM (once per JVM), and about
     * 15 µs per composition after that. Hosts that already validate the model with their own Bean
     * Validation (a Spring or Quarkus endpoint taking {@code @Valid Composition}) need not turn it
     * on.
     *
     * @param enabled true to run the model's constraints
     */
    public Builder modelConstraints(boolean enabled) {
      this.modelConstraints = enabled;
      return this;
    }

    /** The emitter (and so the emit options and target Kubernetes version) to check against. */
    public Builder emitter(PodSpecEmitter podSpecEmitter) {
      this.emitter = Objects.requireNonNull(podSpecEmitter, "emitter");
      return this;
    }

    /** Shorthand for an emitter with these options. */
    public Builder options(EmitOptions options) {
      return emitter(PodSpecEmitter.builder().options(options).build());
    }

    /** The host's policy. */
    public Builder policy(HostPolicy hostPolicy) {
      this.policy = Objects.requireNonNull(hostPolicy, "policy");
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException when a host rule's id is a built-in id or is added twice
     */
    public CompositionValidator build() {
      if (!extraRules.isEmpty()) {
        RuleIds.requireUnique(BUILT_IN, extraRules);
      }
      return new CompositionValidator(this);
    }
  }
}
