package dev.podwright.model;

import java.util.Arrays;
import java.util.function.Function;

/** Looks up the enum constant for a value spelled as Kubernetes spells it. */
final class KubernetesValues {

  private KubernetesValues() {}

  static <E extends Enum<E>> E lookup(
      E[] constants, Function<E, String> spelling, String value, String what) {
    for (E candidate : constants) {
      if (spelling.apply(candidate).equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + what
            + " \""
            + value
            + "\"; expected one of "
            + Arrays.stream(constants).map(spelling).toList());
  }
}
