package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.validation.catalog.RuleCatalog;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.RuleSection;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host's own pod spec rules, declared in Podwright's rule shape and plugged into the validators.
 */
class HostRulesTest {

  static final RuleSection ACME = RuleSection.named("Acme: platform conventions");

  /** A host's rules, declared as Podwright declares its own. */
  enum AcmeRule implements PodSpecRule {
    ACME_IMAGE_PINNED(
        Severity.WARNING,
        ACME,
        "Every container image is pinned by digest.",
        "Acme's admission controller re-pulls tags; a moved tag changes what runs.",
        "Use image@sha256:..."),
    ACME_BROKEN(
        Severity.ERROR, ACME, "A rule with a bug.", "To see how a failure is reported.", "None.");

    private final RuleInfo info;

    AcmeRule(Severity severity, RuleSection section, String what, String why, String fix) {
      this.info = new RuleInfo(name(), severity, section, what, why, fix);
    }

    @Override
    public RuleInfo info() {
      return info;
    }

    @Override
    public void check(PodSpecContext context, ViolationSink sink) {
      switch (this) {
        case ACME_IMAGE_PINNED -> pinned(context, sink);
        case ACME_BROKEN -> throw new IllegalStateException("acme bug");
      }
    }

    private static void pinned(PodSpecContext context, ViolationSink sink) {
      for (ContainerRef ref : context.containers()) {
        String image = ref.container().getImage();
        if (image != null && !image.contains("@sha256:")) {
          sink.report(ref.path().child("image"), image, "image " + image + " is not pinned");
        }
      }
    }
  }

  private static V1PodSpec spec(String... images) {
    V1PodSpec spec = new V1PodSpec();
    for (int i = 0; i < images.length; i++) {
      spec.addContainersItem(new V1Container().name("c" + i).image(images[i]));
    }
    return spec;
  }

  @Test
  void aHostSpecRuleRunsAfterTheBuiltInOnesWithItsOwnIdSeverityAndFix() {
    PodSpecValidator validator =
        PodSpecValidator.builder().addRule(AcmeRule.ACME_IMAGE_PINNED).build();

    ValidationReport report =
        validator.validate(spec("busybox:1.36", "busybox@sha256:" + "a".repeat(64)));

    assertThat(report.violations())
        .extracting(Violation::ruleId, Violation::severity, Violation::path, Violation::hint)
        .containsExactly(
            tuple(
                "ACME_IMAGE_PINNED",
                Severity.WARNING,
                "spec.containers[0].image",
                "Use image@sha256:..."));
    List<PodSpecRule> builtIn = PodSpecValidator.standard().rules();
    assertThat(validator.rules())
        .hasSize(builtIn.size() + 1)
        .startsWith(builtIn.toArray(PodSpecRule[]::new))
        .endsWith(AcmeRule.ACME_IMAGE_PINNED);
  }

  @Test
  void aPinnedSpecPassesTheHostRule() {
    PodSpecValidator validator =
        PodSpecValidator.builder().addRule(AcmeRule.ACME_IMAGE_PINNED).build();

    assertThat(validator.validate(spec("busybox@sha256:" + "b".repeat(64))).violations()).isEmpty();
  }

  @Test
  void aHostRuleThatThrowsIsReportedNotThrown() {
    ValidationReport report =
        PodSpecValidator.builder()
            .addRule(AcmeRule.ACME_BROKEN)
            .build()
            .validate(spec("busybox:1.36"));

    assertThat(report.violations())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("VALIDATOR_INTERNAL_ERROR", "spec"));
    assertThat(report.violations().get(0).message())
        .isEqualTo(
            "rule ACME_BROKEN failed on this input: java.lang.IllegalStateException: acme bug");
  }

  @Test
  void aHostRuleMayNotTakeABuiltInIdNorBeAddedTwice() {
    PodSpecRule impostor =
        new PodSpecRule() {
          @Override
          public RuleInfo info() {
            return new RuleInfo("MOUNT_NAME_NOT_FOUND", Severity.ERROR, ACME, "what", "why", "fix");
          }

          @Override
          public void check(PodSpecContext context, ViolationSink sink) {}
        };
    assertThatThrownBy(() -> PodSpecValidator.builder().addRule(impostor).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule id MOUNT_NAME_NOT_FOUND is used twice");
    assertThatThrownBy(
            () ->
                PodSpecValidator.builder()
                    .addRule(AcmeRule.ACME_IMAGE_PINNED)
                    .addRule(AcmeRule.ACME_IMAGE_PINNED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule id ACME_IMAGE_PINNED is used twice");
  }

  @Test
  void aCompositionValidatorRunsTheHostSpecRuleOnTheEmittedSpec() {
    CompositionValidator validator =
        CompositionValidator.builder().addSpecRule(AcmeRule.ACME_IMAGE_PINNED).build();
    Composition composition =
        Composition.builder()
            .mainContainer(ContainerSpec.builder("app").image("example/app:1.0").build())
            .build();

    assertThat(validator.validate(composition).report().violations())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("ACME_IMAGE_PINNED", "spec.containers[0].image"));
  }

  @Test
  void theCatalogOfAValidatorHasTheHostSectionAndEveryRuleItRuns() {
    PodSpecValidator validator =
        PodSpecValidator.builder().addRule(AcmeRule.ACME_IMAGE_PINNED).build();

    String catalog = RuleCatalog.of(validator);

    assertThat(catalog)
        .startsWith("# Rule catalog\n\n" + validator.rules().size() + " rules.")
        .contains(
            "\n## Acme: platform conventions\n\n| id | severity | what | why | fix |\n"
                + "| --- | --- | --- | --- | --- |\n"
                + "| `ACME_IMAGE_PINNED` | WARNING | Every container image is pinned by digest."
                + " | Acme's admission controller re-pulls tags; a moved tag changes what runs."
                + " | Use image@sha256:... |\n");
    for (PodSpecRule rule : validator.rules()) {
      assertThat(catalog).contains("| `" + rule.info().id() + "` |");
    }
    assertThat(RuleCatalog.of("Acme", List.of(AcmeRule.ACME_IMAGE_PINNED)))
        .doesNotContain("MOUNT_NAME_NOT_FOUND")
        .contains("| `ACME_IMAGE_PINNED` |");
  }
}
