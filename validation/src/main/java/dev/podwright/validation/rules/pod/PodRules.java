package dev.podwright.validation.rules.pod;

import java.util.List;

/** Shared constants of the pod-level rules. */
final class PodRules {

  static final String SECTION = "J. Pod-level fields";

  private PodRules() {}

  static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
  }
}
