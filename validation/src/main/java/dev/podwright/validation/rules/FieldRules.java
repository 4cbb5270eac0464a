package dev.podwright.validation.rules;

import dev.podwright.validation.rules.env.EnvRule;
import dev.podwright.validation.rules.ports.PortRule;
import dev.podwright.validation.rules.probes.ProbeRule;
import dev.podwright.validation.rules.resources.ResourceRule;
import dev.podwright.validation.rules.security.SecurityContextRule;
import dev.podwright.validation.rules.warnings.WarningRule;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in API-server rules for container fields: what the API server rejects in env and
 * envFrom (catalog section E), ports (F), resources (G), probes and lifecycle hooks (H) and
 * security contexts (I), and the warnings it returns (K). To be combined into {@link
 * ApiServerRules}.
 */
public final class FieldRules {

  private static final List<PodSpecRule> ALL =
      ApiServerRules.of(
          EnvRule.values(),
          PortRule.values(),
          ResourceRule.values(),
          ProbeRule.values(),
          SecurityContextRule.values(),
          WarningRule.values());

  private FieldRules() {}

  /** Every rule of this group, in catalog order: each enum's constants in declaration order. */
  public static List<PodSpecRule> all() {
    return ALL;
  }
}
