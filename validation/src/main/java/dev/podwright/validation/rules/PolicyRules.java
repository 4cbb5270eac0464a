package dev.podwright.validation.rules;

import dev.podwright.validation.rules.policy.PolicyRule;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for the host policy's rules (sidecars allowed, registries, required resources,
 * pod resource ceilings). Reserved container names and classic sidecars are judged on the
 * composition.
 */
public final class PolicyRules {

  private static final List<PodSpecRule> ALL =
      List.of(
          PolicyRule.POLICY_INIT_CONTAINERS_FORBIDDEN,
          PolicyRule.POLICY_SIDECARS_FORBIDDEN,
          PolicyRule.POLICY_TOO_MANY_SIDECARS,
          PolicyRule.POLICY_REGISTRY_NOT_ALLOWED,
          PolicyRule.POLICY_REQUESTS_REQUIRED,
          PolicyRule.POLICY_LIMITS_REQUIRED,
          PolicyRule.POLICY_POD_RESOURCES_EXCEEDED);

  private PolicyRules() {}

  /** Every rule of this group, in catalog order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
