package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.spi.Section;
import java.util.List;

/** Small null-safe helpers shared by the runtime hazard rules. */
final class Hazards {

  /** The catalog section of every rule in this package. */
  static final Section SECTION = Section.RUNTIME_HAZARDS;

  private Hazards() {}

  /** The list, or an empty one for null. */
  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  /** {@code "name"} in quotes, {@code null} rendered as such. */
  static String quote(Object value) {
    return "\"" + value + "\"";
  }
}
