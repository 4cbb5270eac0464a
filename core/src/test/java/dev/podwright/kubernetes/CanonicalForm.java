package dev.podwright.kubernetes;

import io.kubernetes.client.custom.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: where a model graph is not in the canonical form {@link
 * KubernetesModels#canonicalize} gives, checked strictly. {@code Quantity.equals} compares values
 * only, so a spec can equal its canonical copy and still hold {@code 0.5} where the canonical form
 * holds {@code 500m}; this compares each quantity's number (scale included) and format with those
 * of the official parser's reading of its canonical text.
 */
public final class CanonicalForm {

  private CanonicalForm() {}

  /** The paths of every departure from the canonical form; empty when there is none. */
  public static List<String> departures(Object model) {
    List<String> found = new ArrayList<>();
    walk(model, "", true, found, 0);
    return found;
  }

  /** True when the quantity is exactly what parsing its canonical text gives. */
  public static boolean isCanonical(Quantity quantity) {
    if (quantity.getNumber() == null) {
      return true;
    }
    Quantity parsed = Quantity.fromString(Quantities.canonicalText(quantity));
    return parsed.getNumber().equals(quantity.getNumber())
        && parsed.getFormat() == quantity.getFormat();
  }

  private static void walk(
      Object value, String path, boolean emptyIsUnset, List<String> found, int depth) {
    if (value == null || depth > KubernetesModels.MAX_DEPTH) {
      return;
    }
    if (value instanceof Quantity quantity) {
      if (!isCanonical(quantity)) {
        found.add(path + " = " + quantity.toSuffixedString() + " (" + quantity.getFormat() + ")");
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty() && emptyIsUnset) {
        found.add(path + " = []");
      }
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", false, found, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty() && emptyIsUnset) {
        found.add(path + " = {}");
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        walk(entry.getValue(), path + "[" + entry.getKey() + "]", false, found, depth + 1);
      }
    } else if (KubernetesModels.isModel(value.getClass())) {
      for (ModelField field : KubernetesModels.fields(value.getClass())) {
        walk(field.get(value), path + "." + field.jsonName(), true, found, depth + 1);
      }
    }
  }
}
