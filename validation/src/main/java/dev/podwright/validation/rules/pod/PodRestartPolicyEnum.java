package dev.podwright.validation.rules.pod;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * {@code spec.restartPolicy} is {@code Always}, {@code OnFailure} or {@code Never} ({@code
 * POD_RESTARTPOLICY_ENUM}); unset or empty is defaulted to {@code Always}.
 */
public final class PodRestartPolicyEnum implements PodSpecRule {

  static final List<String> SUPPORTED = List.of("Always", "Never", "OnFailure");

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_RESTARTPOLICY_ENUM",
          Severity.ERROR,
          PodRules.SECTION,
          "spec.restartPolicy, when set, is Always, OnFailure or Never.",
          "The API server rejects any other value (Unsupported value); values are case-sensitive.",
          "Use Always, OnFailure or Never (exact case), or leave it unset for Always.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    String policy = context.spec().getRestartPolicy();
    if (policy != null && !policy.isEmpty() && !SUPPORTED.contains(policy)) {
      sink.report(
          context.root().child("restartPolicy"),
          policy,
          "Unsupported value: \""
              + policy
              + "\": supported values: "
              + PodRules.quoted(SUPPORTED)
              + ".");
    }
  }
}
