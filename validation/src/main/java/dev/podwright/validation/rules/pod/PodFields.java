package dev.podwright.validation.rules.pod;

import java.util.List;

/** Shared constants of the pod-level rules. */
final class PodFields {

  private PodFields() {}

  /** {@code "a", "b"}: every value in double quotes, comma-separated. */
  static String quoted(List<String> values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append('"').append(values.get(i)).append('"');
    }
    return text.toString();
  }
}
