package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * {@code imagePullPolicy} is {@code Always}, {@code IfNotPresent} or {@code Never} ({@code
 * CONTAINER_PULL_POLICY_ENUM}). Unset or empty is defaulted by the API server, so it is fine.
 */
public final class ContainerPullPolicyEnum implements PodSpecRule {

  static final List<String> SUPPORTED = List.of("Always", "IfNotPresent", "Never");

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_PULL_POLICY_ENUM",
          Severity.ERROR,
          ContainerRules.SECTION,
          "imagePullPolicy, when set, is one of Always, IfNotPresent, Never.",
          "The API server rejects any other value (Unsupported value); values are case-sensitive.",
          "Use Always, IfNotPresent or Never (exact case), or leave it unset for the default.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String policy = ref.container().getImagePullPolicy();
      if (policy != null && !policy.isEmpty() && !SUPPORTED.contains(policy)) {
        sink.report(
            ref.path().child("imagePullPolicy"),
            policy,
            "Unsupported value: \"" + policy + "\": supported values: " + quoted(SUPPORTED) + ".");
      }
    }
  }

  /** {@code "a", "b"}: every value in double quotes, comma-separated. */
  static String quoted(List<String> values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append('"').append(values.get(i)).append('"');
    }
    return text.toString();
  }
}
