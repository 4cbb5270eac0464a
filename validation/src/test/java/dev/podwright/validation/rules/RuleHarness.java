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
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one harness of the validation tests: runs one rule directly on a spec, collects what it
 * reports (as the validators do, through {@link ViolationCollector}) and asserts on it. A rule that
 * reports without a path fails the test: every finding must say where.
 */
public final class RuleHarness {

  private static final FieldPath POD_SPEC = FieldPath.of("spec");

  private RuleHarness() {}

  /** The rule's findings on a Pod's spec: latest version, no policy, not a Job. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec) {
    return run(rule, spec, HostPolicy.none(), false, KubernetesVersion.LATEST, POD_SPEC);
  }

  /** The rule's findings for a Kubernetes version. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec, KubernetesVersion version) {
    return run(rule, spec, HostPolicy.none(), false, version, POD_SPEC);
  }

  /** The rule's findings for a version given as text, e.g. {@code "1.31"}. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec, String version) {
    return run(rule, spec, KubernetesVersion.parse(version));
  }

  /** The rule's findings for a version, for a Job-like pod when {@code runsToCompletion}. */
  public static List<Violation> run(
      PodSpecRule rule, V1PodSpec spec, KubernetesVersion version, boolean runsToCompletion) {
    return run(rule, spec, HostPolicy.none(), runsToCompletion, version, POD_SPEC);
  }

  /** The rule's findings under a host policy. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec, HostPolicy policy) {
    return run(rule, spec, policy, false);
  }

  /** The rule's findings under a host policy, for a Job-like pod when {@code runsToCompletion}. */
  public static List<Violation> run(
      PodSpecRule rule, V1PodSpec spec, HostPolicy policy, boolean runsToCompletion) {
    return run(rule, spec, policy, runsToCompletion, KubernetesVersion.LATEST, POD_SPEC);
  }

  /** The rule's findings with every input given. */
  public static List<Violation> run(
      PodSpecRule rule,
      V1PodSpec spec,
      HostPolicy policy,
      boolean runsToCompletion,
      KubernetesVersion version,
      FieldPath root) {
    PodSpecContext context = new PodSpecContext(spec, version, policy, root, runsToCompletion);
    List<Violation> found = new ArrayList<>();
    ViolationCollector collector = new ViolationCollector(rule.info(), found);
    rule.check(
        context,
        new ViolationSink() {
          @Override
          public void report(FieldPath path, Object value, String message) {
            collector.report(requirePath(path), value, message);
          }

          @Override
          public void report(
              FieldPath path, Object value, String message, Severity severity, String hint) {
            collector.report(requirePath(path), value, message, severity, hint);
          }

          private FieldPath requirePath(FieldPath path) {
            if (path == null) {
              throw new AssertionError(rule.info().id() + " reported a finding without a path");
            }
            return path;
          }
        });
    return found;
  }

  /** Asserts exactly these paths were reported, in order, all with this id and severity. */
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

  /** Asserts the rule reported exactly these paths, in order, under its own id and severity. */
  public static void assertReports(PodSpecRule rule, List<Violation> found, String... paths) {
    expect(found, rule.info().id(), rule.info().severity(), paths);
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

  /** A spec with these regular containers (a mutable list, as the generated models keep). */
  public static V1PodSpec pod(V1Container... containers) {
    return new V1PodSpec().containers(new ArrayList<>(Arrays.asList(containers)));
  }

  /** A spec with one container {@code app} and these volumes. */
  public static V1PodSpec withVolumes(V1Volume... volumes) {
    return pod(container("app")).volumes(new ArrayList<>(Arrays.asList(volumes)));
  }
}
