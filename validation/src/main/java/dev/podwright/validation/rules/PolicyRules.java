package dev.podwright.validation.rules;

import dev.podwright.validation.rules.policy.InitContainersForbiddenRule;
import dev.podwright.validation.rules.policy.PodResourcesExceededRule;
import dev.podwright.validation.rules.policy.RegistryNotAllowedRule;
import dev.podwright.validation.rules.policy.RequiredLimitsRule;
import dev.podwright.validation.rules.policy.RequiredRequestsRule;
import dev.podwright.validation.rules.policy.SidecarsForbiddenRule;
import dev.podwright.validation.rules.policy.TooManySidecarsRule;
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
          new InitContainersForbiddenRule(),
          new SidecarsForbiddenRule(),
          new TooManySidecarsRule(),
          new RegistryNotAllowedRule(),
          new RequiredRequestsRule(),
          new RequiredLimitsRule(),
          new PodResourcesExceededRule());

  private PolicyRules() {}

  /** Every rule of this group, in catalog order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
