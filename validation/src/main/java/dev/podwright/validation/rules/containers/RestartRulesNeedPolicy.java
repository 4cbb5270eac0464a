package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A container with {@code restartPolicyRules} sets its own {@code restartPolicy} ({@code
 * RESTART_RULES_NEED_POLICY}). Checked from 1.35, when {@code ContainerRestartRules} is on by
 * default; before, the rules are dropped.
 */
public final class RestartRulesNeedPolicy implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RESTART_RULES_NEED_POLICY",
          Severity.ERROR,
          ContainerRules.SECTION,
          "A container or init container that sets restartPolicyRules also sets restartPolicy.",
          "The API server rejects restart rules without a container restartPolicy (Required value:"
              + " must specify restartPolicy when restart rules are used); the pod's policy is not"
              + " inherited.",
          "Set the container's restartPolicy (e.g. Never) next to its restartPolicyRules.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!ContainerRules.restartRulesValidated(context.version())) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      var rules = ref.container().getRestartPolicyRules();
      if (rules != null && !rules.isEmpty() && ref.container().getRestartPolicy() == null) {
        sink.report(
            ref.path().child("restartPolicy"),
            null,
            "Required value: must specify restartPolicy when restart rules are used; container \""
                + ref.displayName()
                + "\" has "
                + rules.size()
                + " restart rule(s) and no restartPolicy.");
      }
    }
  }
}
