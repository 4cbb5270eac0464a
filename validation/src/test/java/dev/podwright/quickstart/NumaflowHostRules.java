package dev.podwright.quickstart;

import dev.podwright.model.Composition;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.catalog.RuleCatalog;
import dev.podwright.validation.composition.CompositionContext;
import dev.podwright.validation.composition.CompositionRule;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.RuleSection;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Set;

/** The README's host-rule example, compiled and run by {@link ReadmeHostRulesTest}. */
final class NumaflowHostRules {

  private NumaflowHostRules() {}

  // README:begin
  /** The host's own catalog section. */
  static final RuleSection NUMAFLOW = RuleSection.named("Numaflow: vertex pods");

  /** Numaflow's own rules, declared the way Podwright declares its rules: once, as constants. */
  enum NumaflowRule implements CompositionRule {
    NUMAFLOW_RESERVED_CONTAINER_NAME(
        Severity.ERROR,
        NUMAFLOW,
        "Sidecars and init containers use no container name Numaflow reserves.",
        "Numaflow adds containers of these names to vertex pods itself (init, numa, udf, ...);"
            + " a second one is rejected by the API server.",
        "Rename the container, e.g. prefix it with your team's name.");

    /** The container names of numaflow's pkg/apis/numaflow/v1alpha1/const.go (CtrInit...). */
    static final Set<String> RESERVED =
        Set.of(
            "init",
            "numa",
            "udf",
            "udsink",
            "fb-udsink",
            "ons-udsink",
            "udsource",
            "transformer",
            "udsi",
            "init-side-inputs",
            "side-inputs-synchronizer",
            "serving",
            "udstore");

    private final RuleInfo info;

    NumaflowRule(Severity severity, RuleSection section, String what, String why, String fix) {
      this.info = new RuleInfo(name(), severity, section, what, why, fix);
    }

    @Override
    public RuleInfo info() {
      return info;
    }

    @Override
    public void check(CompositionContext context, ViolationSink sink) {
      switch (this) {
        case NUMAFLOW_RESERVED_CONTAINER_NAME -> reservedNames(context.composition(), sink);
      }
    }

    private static void reservedNames(Composition composition, ViolationSink sink) {
      for (int i = 0; i < composition.sidecars().size(); i++) {
        reserved(composition.sidecars().get(i).name(), FieldPath.of("sidecars").index(i), sink);
      }
      for (int i = 0; i < composition.initContainers().size(); i++) {
        String name = composition.initContainers().get(i).name();
        reserved(name, FieldPath.of("initContainers").index(i), sink);
      }
    }

    private static void reserved(String name, FieldPath at, ViolationSink sink) {
      if (RESERVED.contains(name)) {
        sink.report(at.child("name"), name, "\"" + name + "\" is a container name of Numaflow's");
      }
    }
  }

  static CompositionValidator validator() {
    return CompositionValidator.builder()
        .addRule(NumaflowRule.NUMAFLOW_RESERVED_CONTAINER_NAME)
        .build();
  }

  static String catalog() {
    // Numaflow's own rules only; RuleCatalog.of(validator()) lists every rule it runs
    return RuleCatalog.of("Numaflow rules", Set.of(NumaflowRule.NUMAFLOW_RESERVED_CONTAINER_NAME));
  }
  // README:end
}
