package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rules for what the Kubernetes API server rejects (catalog sections A-J, S-U) and
 * warns about (K).
 */
public final class ApiServerRules {

  private ApiServerRules() {}

  /**
   * Every rule of this group, in catalog order. (Not kept in a field: the groups' registries use
   * {@link #of}, and a field here would make their class initialisation circular.)
   */
  public static List<PodSpecRule> all() {
    return concat(StructureRules.all(), FieldRules.all());
  }

  /**
   * A registry built from rule enums' {@code values()}, so that nothing lists a rule by hand: every
   * rule of every group, groups in the given order, each in declaration order.
   */
  static List<PodSpecRule> of(PodSpecRule[]... groups) {
    List<PodSpecRule> all = new ArrayList<>();
    for (PodSpecRule[] group : groups) {
      for (PodSpecRule rule : group) {
        all.add(rule);
      }
    }
    return List.copyOf(all);
  }

  private static List<PodSpecRule> concat(List<PodSpecRule> first, List<PodSpecRule> second) {
    List<PodSpecRule> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
