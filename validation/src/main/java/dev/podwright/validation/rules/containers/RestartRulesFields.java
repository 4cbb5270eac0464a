package dev.podwright.validation.rules.containers;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ContainerRestartRule;
import io.kubernetes.client.openapi.models.V1ContainerRestartRuleOnExitCodes;
import java.util.List;

/**
 * Each restart rule has a known action and an {@code exitCodes} with operator {@code In} or {@code
 * NotIn} ({@code RESTART_RULES_FIELDS}). Checked from 1.35 and only when the container sets {@code
 * restartPolicy} (otherwise {@link RestartRulesNeedPolicy} applies). {@code RestartAllContainers}
 * is accepted from 1.36.
 */
public final class RestartRulesFields implements PodSpecRule {

  private static final List<String> OPERATORS = List.of("In", "NotIn");

  private static final RuleInfo INFO =
      new RuleInfo(
          "RESTART_RULES_FIELDS",
          Severity.ERROR,
          ContainerRules.SECTION,
          "Each restart rule has action Restart (or RestartAllContainers from 1.36) and exitCodes"
              + " with operator In or NotIn.",
          "The API server rejects unknown actions and operators (Unsupported value) and a missing"
              + " exitCodes (Required value).",
          "Write each rule as {action: Restart, exitCodes: {operator: In, values: [42]}}.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!ContainerRules.restartRulesValidated(context.version())) {
      return;
    }
    List<String> actions =
        context.version().isAtLeast(ContainerRules.RESTART_ALL_CONTAINERS_BETA)
            ? List.of("Restart", "RestartAllContainers")
            : List.of("Restart");
    for (ContainerRef ref : context.containers()) {
      List<V1ContainerRestartRule> rules = ref.container().getRestartPolicyRules();
      if (rules == null || rules.isEmpty() || ref.container().getRestartPolicy() == null) {
        continue;
      }
      for (int i = 0; i < rules.size(); i++) {
        V1ContainerRestartRule rule = rules.get(i);
        if (rule != null) {
          check(sink, ref, i, rule, actions);
        }
      }
    }
  }

  private static FieldPath path(ContainerRef ref, int i) {
    return ref.path().child("restartPolicyRules").index(i);
  }

  private static void check(
      ViolationSink sink,
      ContainerRef ref,
      int i,
      V1ContainerRestartRule rule,
      List<String> actions) {
    String action = rule.getAction();
    if (action == null || !actions.contains(action)) {
      sink.report(
          path(ref, i).child("action"),
          action,
          "Unsupported value: \""
              + (action == null ? "" : action)
              + "\": supported values: "
              + ContainerPullPolicyEnum.quoted(actions)
              + ".");
    }
    V1ContainerRestartRuleOnExitCodes exitCodes = rule.getExitCodes();
    if (exitCodes == null) {
      sink.report(
          path(ref, i).child("exitCodes"), null, "Required value: a restart rule needs exitCodes.");
      return;
    }
    String operator = exitCodes.getOperator();
    if (operator == null || !OPERATORS.contains(operator)) {
      sink.report(
          path(ref, i).child("exitCodes").child("operator"),
          operator,
          "Unsupported value: \""
              + (operator == null ? "" : operator)
              + "\": supported values: "
              + ContainerPullPolicyEnum.quoted(OPERATORS)
              + ".");
    }
  }
}
