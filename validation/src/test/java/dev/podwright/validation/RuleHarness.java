package dev.podwright.validation;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule on a spec and collects what it reports. */
public final class RuleHarness {

  private RuleHarness() {}

  /** The rule's findings for a Pod's spec with no policy. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec) {
    return run(rule, spec, HostPolicy.none(), false);
  }

  /** The rule's findings under a policy. */
  public static List<Violation> run(PodSpecRule rule, V1PodSpec spec, HostPolicy policy) {
    return run(rule, spec, policy, false);
  }

  /** The rule's findings, for a Job-like pod when {@code runsToCompletion}. */
  public static List<Violation> run(
      PodSpecRule rule, V1PodSpec spec, HostPolicy policy, boolean runsToCompletion) {
    return run(
        rule, spec, policy, runsToCompletion, KubernetesVersion.LATEST, FieldPath.of("spec"));
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
    List<Violation> out = new ArrayList<>();
    rule.check(
        context,
        new ViolationSink() {
          @Override
          public void report(FieldPath path, Object value, String message) {
            report(path, value, message, rule.info().severity(), rule.info().fix());
          }

          @Override
          public void report(
              FieldPath path, Object value, String message, Severity severity, String hint) {
            out.add(
                new Violation(
                    rule.info().id(),
                    severity,
                    path.toString(),
                    value == null ? null : String.valueOf(value),
                    message,
                    hint,
                    null));
          }
        });
    return out;
  }
}
