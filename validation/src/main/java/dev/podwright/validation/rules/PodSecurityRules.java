package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for the Pod Security Standards baseline and restricted checks (catalog section
 * L), active per the host policy's level.
 */
public final class PodSecurityRules {

  private PodSecurityRules() {}

  /** Every rule of this group, in catalog order: {@link BuiltInRules#podSecurity()}. */
  public static List<PodSpecRule> all() {
    return BuiltInRules.podSecurity();
  }
}
