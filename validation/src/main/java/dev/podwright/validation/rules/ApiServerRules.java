package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in rules for what the Kubernetes API server rejects (catalog sections A-J, S-U) and
 * warns about (K).
 */
public final class ApiServerRules {

  private ApiServerRules() {}

  /** Every rule of this group, in catalog order: {@link BuiltInRules#apiServer()}. */
  public static List<PodSpecRule> all() {
    return BuiltInRules.apiServer();
  }
}
