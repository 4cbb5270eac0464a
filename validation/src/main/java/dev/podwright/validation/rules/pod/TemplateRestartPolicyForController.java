package dev.podwright.validation.rules.pod;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * The pod of a workload that runs to completion (Job, CronJob) has {@code restartPolicy} {@code
 * OnFailure} or {@code Never} ({@code TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER}). An unset policy is
 * defaulted to {@code Always}, which the Job API rejects, so it is reported too. Checked only when
 * the context says the workload runs to completion; other workload kinds are not known here.
 */
public final class TemplateRestartPolicyForController implements PodSpecRule {

  private static final List<String> SUPPORTED = List.of("Never", "OnFailure");

  private static final RuleInfo INFO =
      new RuleInfo(
          "TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER",
          Severity.ERROR,
          PodRules.SECTION,
          "A Job or CronJob pod template sets restartPolicy to OnFailure or Never.",
          "The API server rejects a Job whose template restarts Always, including an unset policy"
              + " that is defaulted to Always (Unsupported value).",
          "Set restartPolicy: Never (or OnFailure) in the Job's pod template.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!context.runsToCompletion()) {
      return;
    }
    String policy = context.spec().getRestartPolicy();
    if (policy == null || policy.isEmpty()) {
      sink.report(
          context.root().child("restartPolicy"),
          null,
          "Required value: a pod that must run to completion needs restartPolicy OnFailure or"
              + " Never; unset it is defaulted to \"Always\", which Jobs reject.");
    } else if (policy.equals("Always")) {
      sink.report(
          context.root().child("restartPolicy"),
          policy,
          "Unsupported value: \"Always\": supported values: "
              + PodRules.quoted(SUPPORTED)
              + " for a pod that must run to completion.");
    }
  }
}
