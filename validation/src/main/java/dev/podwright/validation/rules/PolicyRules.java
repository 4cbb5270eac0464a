package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for the host policy's rules (sidecars allowed, registries, required resources,
 * reserved names, pod resource ceilings).
 */
public final class PolicyRules {

  private PolicyRules() {}

  /** Every rule of this group, in catalog order. */
  public static List<PodSpecRule> all() {
    return List.of();
  }
}
