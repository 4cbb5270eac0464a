package dev.podwright.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.ViolationCollector;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule directly on a spec and collects what it reports. */
public final class RuleHarness {

  private RuleHarness() {}

  /** Runs the rule for the latest Kubernetes version. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec) {
    return run(rule, spec, KubernetesVersion.LATEST);
  }

  /** Runs the rule for a given Kubernetes version. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec, KubernetesVersion version) {
    PodSpecContext context =
        new PodSpecContext(spec, version, HostPolicy.none(), FieldPath.of("spec"), false);
    List<Violation> found = new ArrayList<>();
    rule.check(context, new ViolationCollector(rule.info(), found));
    return found;
  }

  /** Runs the rule for a version given as text, e.g. {@code "1.31"}. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec, String version) {
    return run(rule, spec, KubernetesVersion.parse(version));
  }

  /** A container with a name and an image. */
  public static V1Container container(String name) {
    return new V1Container().name(name).image("busybox:1.36");
  }

  /** A spec with these regular containers. */
  public static V1PodSpec pod(V1Container... containers) {
    V1PodSpec spec = new V1PodSpec();
    for (V1Container container : containers) {
      spec.addContainersItem(container);
    }
    return spec;
  }

  /** Asserts that exactly these paths were reported, in order, all with this id and severity. */
  public static void expect(
      List<Violation> found, String ruleId, Severity severity, String... paths) {
    assertThat(found).extracting(Violation::path).containsExactly(paths);
    assertThat(found)
        .allSatisfy(
            v -> {
              assertThat(v.ruleId()).isEqualTo(ruleId);
              assertThat(v.severity()).isEqualTo(severity);
              assertThat(v.message()).isNotBlank();
              assertThat(v.hint()).isNotBlank();
            });
  }
}
