package dev.podwright.validation.rules.scheduling;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Label selectors, label keys and label values as the API server's {@code ValidateLabelSelector},
 * {@code ValidateLabelName} and {@code IsValidLabelValue} check them, with the paths they print.
 */
final class Selectors {

  private Selectors() {}

  /** The list, or an empty one for null. */
  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  /** {@code ValidateLabelName}: the key is a qualified name, reported at {@code path}. */
  static void labelName(String key, FieldPath path, ViolationSink sink) {
    String problem = KubeIdentifiers.qualifiedName(key == null ? "" : key).orElse(null);
    if (problem != null) {
      sink.report(path, key, "Invalid value: \"" + key + "\": " + problem + ".");
    }
  }

  /** {@code IsValidLabelValue}, reported at {@code path}. */
  static void labelValue(String value, FieldPath path, ViolationSink sink) {
    String problem = KubeIdentifiers.labelValue(value).orElse(null);
    if (problem != null) {
      sink.report(path, value, "Invalid value: \"" + value + "\": a label value " + problem + ".");
    }
  }

  /**
   * {@code ValidateLabelSelector} with invalid label values refused (as on Pod create): matchLabels
   * keys and values, and each matchExpression's operator, values and key.
   */
  static void labelSelector(V1LabelSelector selector, FieldPath path, ViolationSink sink) {
    if (selector == null) {
      return;
    }
    if (selector.getMatchLabels() != null) {
      Map<String, String> sorted = new TreeMap<>();
      for (Map.Entry<String, String> entry : selector.getMatchLabels().entrySet()) {
        if (entry.getKey() != null) {
          sorted.put(entry.getKey(), entry.getValue());
        }
      }
      FieldPath labels = path.child("matchLabels");
      for (Map.Entry<String, String> entry : sorted.entrySet()) {
        labelName(entry.getKey(), labels, sink);
        labelValue(entry.getValue(), labels, sink);
      }
    }
    List<V1LabelSelectorRequirement> expressions = list(selector.getMatchExpressions());
    for (int i = 0; i < expressions.size(); i++) {
      V1LabelSelectorRequirement expression = expressions.get(i);
      if (expression == null) {
        continue;
      }
      FieldPath at = path.child("matchExpressions").index(i);
      List<String> values = list(expression.getValues());
      String operator = expression.getOperator();
      if ("In".equals(operator) || "NotIn".equals(operator)) {
        if (values.isEmpty()) {
          sink.report(
              at.child("values"),
              null,
              "Required value: must be specified when `operator` is 'In' or 'NotIn'.");
        }
      } else if ("Exists".equals(operator) || "DoesNotExist".equals(operator)) {
        if (!values.isEmpty()) {
          sink.report(
              at.child("values"),
              values,
              "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'.");
        }
      } else {
        sink.report(
            at.child("operator"),
            operator,
            "Invalid value: \"" + operator + "\": not a valid selector operator.");
      }
      labelName(expression.getKey(), at.child("key"), sink);
      for (int j = 0; j < values.size(); j++) {
        labelValue(values.get(j), at.child("values").index(j), sink);
      }
    }
  }
}
