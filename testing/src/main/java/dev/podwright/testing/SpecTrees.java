package dev.podwright.testing;

import static dev.podwright.testing.Texts.quoteAll;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pod specs as normalised Jackson trees, and the differences between two of them.
 *
 * <p>Normalising drops nulls, empty lists and empty objects (absent, empty and {@code {}} mean the
 * same; a volume whose only source is {@code emptyDir: {}} equals one without a source, as the API
 * server defaults it), orders object fields by name, and sorts the lists whose order Kubernetes
 * ignores by their merge key: {@code volumes} (name), {@code ports} (containerPort, protocol),
 * {@code volumeMounts} (mountPath), {@code volumeDevices} (devicePath), {@code envFrom} (the
 * referenced config map or secret, prefix), {@code imagePullSecrets} (name), {@code hostAliases}
 * (ip), {@code tolerations}, {@code readinessGates}, {@code schedulingGates}, {@code
 * resourceClaims} and resource {@code claims}, {@code topologySpreadConstraints}, {@code
 * resizePolicy}, projection {@code items} (path), {@code sysctls}, selector {@code
 * matchExpressions}/{@code matchFields} (key, operator), and the scalar sets capability {@code
 * add}/{@code drop}, {@code supplementalGroups} and selector {@code values}. Every other list keeps
 * its order, notably {@code containers}, {@code initContainers} and {@code env} ({@code $(VAR)}
 * sees only earlier vars). Quantities ({@code limits}, {@code requests}, {@code overhead}, {@code
 * sizeLimit}) compare by value.
 */
final class SpecTrees {

  /** Lists whose order Kubernetes ignores, with the fields (dotted paths) that identify entries. */
  private static final Map<String, List<String>> KEYED_SETS =
      Map.ofEntries(
          Map.entry("volumes", List.of("name")),
          Map.entry("ports", List.of("containerPort", "protocol")),
          Map.entry("volumeMounts", List.of("mountPath")),
          Map.entry("volumeDevices", List.of("devicePath")),
          Map.entry("envFrom", List.of("configMapRef.name", "secretRef.name", "prefix")),
          Map.entry("imagePullSecrets", List.of("name")),
          Map.entry("hostAliases", List.of("ip")),
          Map.entry("tolerations", List.of("key", "operator", "value", "effect")),
          Map.entry("readinessGates", List.of("conditionType")),
          Map.entry("schedulingGates", List.of("name")),
          Map.entry("resourceClaims", List.of("name")),
          Map.entry("claims", List.of("name", "request")),
          Map.entry("topologySpreadConstraints", List.of("topologyKey", "whenUnsatisfiable")),
          Map.entry("resizePolicy", List.of("resourceName")),
          Map.entry("items", List.of("path")),
          Map.entry("sysctls", List.of("name")),
          Map.entry("matchExpressions", List.of("key", "operator")),
          Map.entry("matchFields", List.of("key", "operator")));

  /** Lists of plain values whose order Kubernetes ignores. */
  private static final Set<String> SCALAR_SETS =
      Set.of("add", "drop", "supplementalGroups", "values");

  /** Ordered lists whose entries have a name: matched by name, order checked on its own. */
  private static final Set<String> ORDERED_NAMED =
      Set.of("containers", "initContainers", "ephemeralContainers", "env");

  /** Objects whose values are quantities. */
  private static final Set<String> QUANTITY_MAPS = Set.of("limits", "requests", "overhead");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SpecTrees() {}

  /** The normalised tree of a spec; an empty object for an empty spec. */
  static JsonNode normalise(V1PodSpec spec) {
    JsonNode cleaned = clean(KubernetesJackson.jsonMapper().valueToTree(spec), "");
    return cleaned == null ? NODES.objectNode() : cleaned;
  }

  /** A tree as YAML, for the IDE's side-by-side view and for golden files. */
  static String toYaml(JsonNode tree) {
    try {
      return GoldenFiles.YAML.writeValueAsString(tree);
    } catch (JsonProcessingException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
  }

  /** Null for nothing worth keeping. */
  private static JsonNode clean(JsonNode node, String field) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode child = clean(entry.getValue(), entry.getKey());
        if (child != null) {
          sorted.put(entry.getKey(), child);
        }
      }
      if (sorted.isEmpty()) {
        return null;
      }
      ObjectNode out = NODES.objectNode();
      sorted.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      for (JsonNode element : node) {
        JsonNode child = clean(element, "");
        if (child != null) {
          elements.add(child);
        }
      }
      if (elements.isEmpty()) {
        return null;
      }
      if (KEYED_SETS.containsKey(field)) {
        List<String> keys = KEYED_SETS.get(field);
        elements.sort(
            Comparator.comparing((JsonNode e) -> label(e, keys)).thenComparing(JsonNode::toString));
      } else if (SCALAR_SETS.contains(field)) {
        elements.sort(Comparator.comparing(JsonNode::toString));
      }
      ArrayNode out = NODES.arrayNode();
      elements.forEach(out::add);
      return out;
    }
    return node;
  }

  /**
   * Every difference between two normalised trees, one line each: {@code
   * spec.volumes[name=shared].emptyDir.medium: expected "Memory" but was <absent>}.
   */
  static List<String> diff(JsonNode expected, JsonNode actual) {
    List<String> lines = new ArrayList<>();
    walk("spec", expected, actual, "", false, lines);
    return lines;
  }

  private static void walk(
      String path,
      JsonNode expected,
      JsonNode actual,
      String field,
      boolean quantity,
      List<String> lines) {
    if (expected == null && actual == null) {
      return;
    }
    if (expected == null || actual == null) {
      lines.add(difference(path, expected, actual));
    } else if (expected.isObject() && actual.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        walk(
            path + "." + name,
            expected.get(name),
            actual.get(name),
            name,
            QUANTITY_MAPS.contains(field) || name.equals("sizeLimit"),
            lines);
      }
    } else if (expected.isArray() && actual.isArray()) {
      walkArray(path, expected, actual, field, lines);
    } else if (quantity && expected.isTextual() && actual.isTextual()) {
      Optional<Quantity> left = Quantities.parse(expected.textValue());
      Optional<Quantity> right = Quantities.parse(actual.textValue());
      boolean same =
          left.isPresent() && right.isPresent()
              ? Quantities.sameValue(left.get(), right.get())
              : expected.equals(actual);
      if (!same) {
        lines.add(difference(path, expected, actual));
      }
    } else if (!expected.equals(actual)) {
      lines.add(difference(path, expected, actual));
    }
  }

  private static void walkArray(
      String path, JsonNode expected, JsonNode actual, String field, List<String> lines) {
    if (KEYED_SETS.containsKey(field)) {
      List<String> keys = KEYED_SETS.get(field);
      walkMatched(
          path, byKey(expected, e -> label(e, keys)), byKey(actual, e -> label(e, keys)), lines);
    } else if (ORDERED_NAMED.contains(field)) {
      Map<String, JsonNode> left = byKey(expected, SpecTrees::nameLabel);
      Map<String, JsonNode> right = byKey(actual, SpecTrees::nameLabel);
      List<String> common = new ArrayList<>(left.keySet());
      common.retainAll(right.keySet());
      List<String> commonInActualOrder = new ArrayList<>(right.keySet());
      commonInActualOrder.retainAll(left.keySet());
      if (!common.equals(commonInActualOrder)) {
        lines.add(
            path
                + ": expected the order "
                + quoteAll(names(expected))
                + " but was "
                + quoteAll(names(actual)));
      }
      walkMatched(path, left, right, lines);
    } else if (SCALAR_SETS.contains(field)) {
      Map<String, JsonNode> left = byKey(expected, SpecTrees::render);
      Map<String, JsonNode> right = byKey(actual, SpecTrees::render);
      walkMatched(path, left, right, lines);
    } else {
      for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
        walk(path + "[" + i + "]", expected.get(i), actual.get(i), "", false, lines);
      }
    }
  }

  private static void walkMatched(
      String path,
      Map<String, JsonNode> expected,
      Map<String, JsonNode> actual,
      List<String> lines) {
    Set<String> keys = new LinkedHashSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    for (String key : keys) {
      walk(path + "[" + key + "]", expected.get(key), actual.get(key), "", false, lines);
    }
  }

  /** Entries by label, in list order; a repeated label gets {@code #2}, {@code #3}, ... */
  private static Map<String, JsonNode> byKey(
      JsonNode array, java.util.function.Function<JsonNode, String> labeller) {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    for (JsonNode element : array) {
      String label = labeller.apply(element);
      String unique = label;
      for (int n = 2; entries.containsKey(unique); n++) {
        unique = label + "#" + n;
      }
      entries.put(unique, element);
    }
    return entries;
  }

  /** {@code name=shared} or {@code containerPort=8080,protocol=UDP}; the JSON without any key. */
  private static String label(JsonNode element, List<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String key : keys) {
      JsonNode value = element;
      for (String step : key.split("\\.")) {
        value = value == null ? null : value.get(step);
      }
      if (value != null && value.isValueNode()) {
        parts.add(key + "=" + value.asText());
      }
    }
    return parts.isEmpty() ? render(element) : String.join(",", parts);
  }

  private static String nameLabel(JsonNode element) {
    JsonNode name = element.get("name");
    return name != null && name.isTextual() ? "name=" + name.textValue() : render(element);
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    for (JsonNode element : array) {
      JsonNode name = element.get("name");
      names.add(name == null ? null : name.asText());
    }
    return names;
  }

  private static String difference(String path, JsonNode expected, JsonNode actual) {
    return path + ": expected " + render(expected) + " but was " + render(actual);
  }

  /** {@code "text"}, {@code 8080}, {@code {"name":"x"}}, or {@code <absent>}. */
  private static String render(JsonNode node) {
    return node == null ? "<absent>" : node.toString();
  }
}
