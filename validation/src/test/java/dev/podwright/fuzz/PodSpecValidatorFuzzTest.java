package dev.podwright.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.ValidationReport;

/**
 * The validator is total: for any spec (nulls in every list and field, absurd numbers), every rule
 * returns, none fails internally, and the same spec gives the same report.
 */
class PodSpecValidatorFuzzTest {

  private static final PodSpecValidator[] VALIDATORS = {
    PodSpecValidator.standard(),
    PodSpecValidator.builder()
        .kubernetesVersion(KubernetesVersion.of(1, 28))
        .policy(
            HostPolicy.builder()
                .podSecurityLevel(PodSecurityLevel.RESTRICTED)
                .allowInitContainers(false)
                .allowedRegistries("ghcr.io")
                .requireRequests("cpu")
                .maxSidecars(1)
                .maxPodResource("cpu", "1")
                .build())
        .build()
  };

  @FuzzTest(maxDuration = "15m")
  void validationIsTotal(FuzzedDataProvider data) {
    PodSpecValidator validator = VALIDATORS[data.consumeInt(0, 1)];
    boolean job = data.consumeBoolean();
    var spec = FuzzSpecs.spec(data);

    ValidationReport report = validator.validate(spec, FieldPath.of("spec"), job);

    assertThat(report.byRule("VALIDATOR_INTERNAL_ERROR")).isEmpty();
    assertThat(validator.validate(spec, FieldPath.of("spec"), job)).isEqualTo(report);
  }
}
