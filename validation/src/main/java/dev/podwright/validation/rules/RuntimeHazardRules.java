package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for what the API server accepts but breaks at run time (catalog section M).
 */
public final class RuntimeHazardRules {

  private RuntimeHazardRules() {}

  /** Every rule of this group, in catalog order: {@link BuiltInRules#runtimeHazards()}. */
  public static List<PodSpecRule> all() {
    return BuiltInRules.runtimeHazards();
  }
}
