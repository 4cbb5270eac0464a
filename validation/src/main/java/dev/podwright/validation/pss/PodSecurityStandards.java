package dev.podwright.validation.pss;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.PodSecurityLevel;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.ViolationCollector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a pod against a Pod Security Standards level the way pod-security-admission does,
 * metadata included (AppArmor's beta annotations live there). The constants of {@link
 * PodSecurityRule} run the same checks inside a {@code PodSpecValidator}.
 */
public final class PodSecurityStandards {

  private static final List<PodSecurityRule> CHECKS = List.of(PodSecurityRule.values());

  private PodSecurityStandards() {}

  /** Every check, baseline first, in catalog order. */
  public static List<PodSecurityRule> checks() {
    return CHECKS;
  }

  /**
   * Evaluates a Pod (metadata at {@code metadata}, spec at {@code spec}).
   *
   * @param metadata the pod's metadata, may be null
   * @param spec the pod's spec, may be null
   * @param level the level to enforce; {@code PRIVILEGED} finds nothing
   * @param version the policy version (the target Kubernetes version)
   * @return the violations, every one an {@link Severity#ERROR}
   */
  public static ValidationReport evaluate(
      V1ObjectMeta metadata, V1PodSpec spec, PodSecurityLevel level, KubernetesVersion version) {
    return evaluate(metadata, FieldPath.of("metadata"), spec, FieldPath.of("spec"), level, version);
  }

  /**
   * Evaluates a pod whose metadata and spec sit at the given paths (e.g. {@code
   * spec.template.metadata} and {@code spec.template.spec}).
   */
  public static ValidationReport evaluate(
      V1ObjectMeta metadata,
      FieldPath metadataPath,
      V1PodSpec spec,
      FieldPath specPath,
      PodSecurityLevel level,
      KubernetesVersion version) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(version, "version");
    PodView pod =
        PodView.of(
            metadata == null ? null : metadata.getAnnotations(),
            metadataPath,
            spec,
            specPath,
            version);
    List<Violation> found = new ArrayList<>();
    for (PodSecurityRule check : CHECKS) {
      if (check.appliesTo(level, version)) {
        check.evaluate(pod, new ViolationCollector(check.info(), found));
      }
    }
    return new ValidationReport(found);
  }
}
