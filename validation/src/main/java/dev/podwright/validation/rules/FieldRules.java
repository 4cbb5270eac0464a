package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in API-server rules for container fields: what the API server rejects in env and
 * envFrom (catalog section E), ports (F), resources (G), probes and lifecycle hooks (H) and
 * security contexts (I), and the warnings it returns (K). To be combined into {@link
 * ApiServerRules}.
 */
public final class FieldRules {

  private FieldRules() {}

  /** Every rule of this group, in catalog order: {@link BuiltInRules#fields()}. */
  public static List<PodSpecRule> all() {
    return BuiltInRules.fields();
  }
}
