package dev.podwright.validation.rules;

import dev.podwright.validation.rules.runtime.RuntimeHazardRule;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for what the API server accepts but breaks at run time (catalog section M).
 */
public final class RuntimeHazardRules {

  private static final List<PodSpecRule> ALL = ApiServerRules.of(RuntimeHazardRule.values());

  private RuntimeHazardRules() {}

  /** Every rule of this group, in declaration order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
