package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for the host policy's rules (sidecars allowed, registries, required resources,
 * pod resource ceilings). Reserved container names and classic sidecars are judged on the
 * composition.
 */
public final class PolicyRules {

  private PolicyRules() {}

  /** Every rule of this group, in catalog order: {@link BuiltInRules#policy()}. */
  public static List<PodSpecRule> all() {
    return BuiltInRules.policy();
  }
}
