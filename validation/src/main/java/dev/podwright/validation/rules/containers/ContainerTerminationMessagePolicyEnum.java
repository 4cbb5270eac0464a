package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * {@code terminationMessagePolicy} is {@code File} or {@code FallbackToLogsOnError} ({@code
 * CONTAINER_TERMINATION_MSG_POLICY_ENUM}). Unset or empty is defaulted to {@code File}.
 */
public final class ContainerTerminationMessagePolicyEnum implements PodSpecRule {

  static final List<String> SUPPORTED = List.of("FallbackToLogsOnError", "File");

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_TERMINATION_MSG_POLICY_ENUM",
          Severity.ERROR,
          ContainerRules.SECTION,
          "terminationMessagePolicy, when set, is File or FallbackToLogsOnError.",
          "The API server rejects any other value (Unsupported value).",
          "Use File or FallbackToLogsOnError (exact case), or leave it unset for File.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String policy = ref.container().getTerminationMessagePolicy();
      if (policy != null && !policy.isEmpty() && !SUPPORTED.contains(policy)) {
        sink.report(
            ref.path().child("terminationMessagePolicy"),
            policy,
            "Unsupported value: \""
                + policy
                + "\": supported values: "
                + ContainerPullPolicyEnum.quoted(SUPPORTED)
                + ".");
      }
    }
  }
}
