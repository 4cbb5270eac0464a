package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ContainerRestartRule;
import java.util.List;

/**
 * At most 20 restart rules per container and 255 exit codes per rule ({@code
 * RESTART_RULES_LIMITS}). Checked from 1.35 and only when the container sets {@code restartPolicy}.
 */
public final class RestartRulesLimits implements PodSpecRule {

  private static final int MAX_RULES = 20;
  private static final int MAX_VALUES = 255;

  private static final RuleInfo INFO =
      new RuleInfo(
          "RESTART_RULES_LIMITS",
          Severity.ERROR,
          ContainerRules.SECTION,
          "A container has at most 20 restartPolicyRules, each with at most 255 exit codes.",
          "The API server rejects longer lists (Too many).",
          "Merge rules: one rule with operator In can list several exit codes.");

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
      List<V1ContainerRestartRule> rules = ref.container().getRestartPolicyRules();
      if (rules == null || rules.isEmpty() || ref.container().getRestartPolicy() == null) {
        continue;
      }
      if (rules.size() > MAX_RULES) {
        sink.report(
            ref.path().child("restartPolicyRules"),
            rules.size(),
            "Too many: " + rules.size() + ": must have at most " + MAX_RULES + " items.");
      }
      for (int i = 0; i < rules.size(); i++) {
        V1ContainerRestartRule rule = rules.get(i);
        List<Integer> values =
            rule == null || rule.getExitCodes() == null ? null : rule.getExitCodes().getValues();
        if (values != null && values.size() > MAX_VALUES) {
          sink.report(
              ref.path().child("restartPolicyRules").index(i).child("exitCodes").child("values"),
              values.size(),
              "Too many: " + values.size() + ": must have at most " + MAX_VALUES + " items.");
        }
      }
    }
  }
}
