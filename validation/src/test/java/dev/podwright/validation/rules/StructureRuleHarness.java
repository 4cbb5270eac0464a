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
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs one rule directly on a spec and collects what it reports; test support. */
public final class StructureRuleHarness {

  private StructureRuleHarness() {}

  /** Runs the rule on the spec at {@code spec}, latest version, no policy. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec) {
    return run(rule, spec, KubernetesVersion.LATEST, false);
  }

  /** Runs the rule on the spec for a version. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec, KubernetesVersion version) {
    return run(rule, spec, version, false);
  }

  /** Runs the rule on the spec. */
  public static List<Violation> run(
      PodSpecRule rule, V1PodSpec spec, KubernetesVersion version, boolean runsToCompletion) {
    PodSpecContext context =
        new PodSpecContext(
            spec, version, HostPolicy.none(), FieldPath.of("spec"), runsToCompletion);
    List<Violation> found = new ArrayList<>();
    rule.check(context, new ViolationCollector(rule.info(), found));
    return found;
  }

  /** Asserts the rule reported exactly these paths, in order, as ERRORs under its own id. */
  public static void assertReports(PodSpecRule rule, List<Violation> found, String... paths) {
    assertThat(found).extracting(Violation::path).containsExactly(paths);
    assertThat(found)
        .allSatisfy(
            v -> {
              assertThat(v.ruleId()).isEqualTo(rule.info().id());
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.message()).isNotBlank();
              assertThat(v.hint()).isNotBlank();
            });
  }

  /** Runs the rule and asserts it reports exactly these paths. */
  public static void assertReports(PodSpecRule rule, V1PodSpec spec, String... paths) {
    assertReports(rule, run(rule, spec), paths);
  }

  /** Runs the rule and asserts it reports nothing. */
  public static void assertClean(PodSpecRule rule, V1PodSpec spec) {
    assertThat(run(rule, spec)).isEmpty();
  }

  /** A container with a name and a pinned image. */
  public static V1Container container(String name) {
    return new V1Container().name(name).image("busybox:1.36");
  }

  /** A spec with these regular containers. */
  public static V1PodSpec pod(V1Container... containers) {
    return new V1PodSpec().containers(new ArrayList<>(Arrays.asList(containers)));
  }

  /** A spec with one container "app" and these volumes. */
  public static V1PodSpec withVolumes(V1Volume... volumes) {
    return pod(container("app")).volumes(new ArrayList<>(Arrays.asList(volumes)));
  }
}
