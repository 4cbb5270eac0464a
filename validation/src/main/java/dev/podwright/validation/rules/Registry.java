package dev.podwright.validation.rules;

import dev.podwright.validation.spi.PodSpecRule;
import java.util.ArrayList;
import java.util.List;

/** Builds registries from the rule enums' {@code values()}: nothing is listed by hand. */
final class Registry {

  private Registry() {}

  /** Every rule of every group, groups in the given order, each in declaration order. */
  static List<PodSpecRule> of(PodSpecRule[]... groups) {
    List<PodSpecRule> all = new ArrayList<>();
    for (PodSpecRule[] group : groups) {
      for (PodSpecRule rule : group) {
        all.add(rule);
      }
    }
    return List.copyOf(all);
  }
}
