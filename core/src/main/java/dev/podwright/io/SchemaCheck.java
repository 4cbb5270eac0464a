package dev.podwright.io;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.io.ManifestReadException.Reason;
import dev.podwright.path.FieldPath;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a JSON tree against the official model's schema before binding: unknown fields (with a
 * "did you mean" suggestion) and missing required fields (the model's {@code
 * openapiRequiredFields}), all of them, each with its path. It also repairs the tree so that it can
 * still be bound: unknown fields are removed and empty entries in lists of objects become empty
 * objects (as the API server's decoder reads them). Stateless; caches are thread-safe.
 */
final class SchemaCheck {

  private static final String MODEL_PACKAGE = "io.kubernetes.client.openapi.models";
  private static final Map<Class<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaCheck() {}

  /** A problem found, before it is given a position. */
  record Finding(Reason reason, FieldPath path, String message, String fix) {}

  private record Schema(Map<String, JavaType> properties, List<String> required) {}

  static void check(JsonNode node, Class<?> type, FieldPath path, List<Finding> out, int max) {
    check(node, KubernetesJackson.strictBinder().constructType(type), path, out, max);
  }

  private static void check(
      JsonNode node, JavaType type, FieldPath path, List<Finding> out, int max) {
    if (node == null || node.isNull() || out.size() >= max) {
      return;
    }
    if (type.isCollectionLikeType()) {
      if (node.isArray()) {
        JavaType element = type.getContentType();
        for (int i = 0; i < node.size(); i++) {
          JsonNode item = node.get(i);
          if (item.isNull() && isModel(element.getRawClass())) {
            if (out.size() < max) {
              out.add(
                  new Finding(
                      Reason.WRONG_TYPE,
                      path.index(i),
                      "an empty entry in a list of " + modelName(element.getRawClass()),
                      "remove the stray `-` or fill the entry in"));
            }
            ((ArrayNode) node).set(i, ((ArrayNode) node).objectNode());
          } else {
            check(item, element, path.index(i), out, max);
          }
        }
      }
      return;
    }
    if (type.isMapLikeType()) {
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          check(entry.getValue(), type.getContentType(), path.key(entry.getKey()), out, max);
        }
      }
      return;
    }
    Class<?> raw = type.getRawClass();
    if (!node.isObject() || !isModel(raw)) {
      return;
    }
    Schema schema = schema(raw);
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String field = entry.getKey();
      FieldPath child = child(path, field);
      JavaType fieldType = schema.properties().get(field);
      if (fieldType == null) {
        unknown.add(field);
        if (out.size() < max) {
          String suggestion = suggest(field, schema.properties().keySet());
          out.add(
              new Finding(
                  Reason.UNKNOWN_FIELD,
                  child,
                  unknownField(field, raw, schema, suggestion),
                  suggestion == null
                      ? "remove `" + field + "`"
                      : "rename `" + field + "` to `" + suggestion + "`"));
        }
      } else {
        check(entry.getValue(), fieldType, child, out, max);
      }
    }
    ((ObjectNode) node).remove(unknown);
    for (String required : schema.required()) {
      JsonNode value = node.get(required);
      boolean missing = value == null || value.isNull() || (value.isArray() && value.isEmpty());
      if (missing && out.size() < max) {
        out.add(
            new Finding(
                Reason.MISSING_FIELD,
                child(path, required),
                "a "
                    + modelName(raw)
                    + " needs `"
                    + required
                    + "`"
                    + (value != null && value.isArray() ? " with at least one entry" : ""),
                "add `" + required + "`"));
      }
    }
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().equals(MODEL_PACKAGE);
  }

  private static FieldPath child(FieldPath path, String field) {
    if (field.isEmpty()) {
      return path.key(field);
    }
    return path.isRoot() ? FieldPath.of(field) : path.child(field);
  }

  private static String unknownField(
      String field, Class<?> type, Schema schema, String suggestion) {
    String where = "unknown field `" + field + "` in " + modelName(type);
    if (suggestion != null) {
      return where + "; did you mean `" + suggestion + "`?";
    }
    return where
        + "; the fields of "
        + modelName(type)
        + " are: "
        + String.join(", ", schema.properties().keySet());
  }

  /** The known name closest to the unknown one, if it is close enough to be a typo. */
  static String suggest(String unknown, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = unknown.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    for (String candidate : known) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, unknown.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static Schema schema(Class<?> type) {
    return SCHEMAS.computeIfAbsent(type, SchemaCheck::introspect);
  }

  private static Schema introspect(Class<?> type) {
    ObjectMapper mapper = KubernetesJackson.strictBinder();
    BeanDescription description =
        mapper.getDeserializationConfig().introspect(mapper.constructType(type));
    Map<String, JavaType> properties = new TreeMap<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      if (property.couldDeserialize()) {
        properties.put(property.getName(), property.getPrimaryType());
      }
    }
    List<String> required = new ArrayList<>();
    try {
      Object declared = type.getField("openapiRequiredFields").get(null);
      if (declared instanceof Set<?> names) {
        for (Object name : names) {
          if (name instanceof String field && properties.containsKey(field)) {
            required.add(field);
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException noRequiredFields) {
      // a model without the generated list has no required fields we can check
    }
    required.sort(null);
    return new Schema(Collections.unmodifiableMap(properties), List.copyOf(required));
  }

  /** A model's name as people say it: {@code V1Container} is "Container". */
  static String modelName(Class<?> type) {
    String name = type.getSimpleName();
    return name.matches("V\\d+(alpha\\d+|beta\\d+)?[A-Z].*")
        ? name.replaceFirst("^V\\d+(alpha\\d+|beta\\d+)?", "")
        : name;
  }

  /** "expected X, found Y" for a value of the wrong type. */
  static String wrongType(Class<?> target, JsonNode found) {
    if (target == Quantity.class && found != null && found.isValueNode()) {
      return describe(found)
          + " is not a Kubernetes quantity; write a number with an optional suffix, e.g. 250m, 0.5,"
          + " 64Mi, 1Gi";
    }
    return "expected " + expected(target) + ", found " + describe(found);
  }

  private static String expected(Class<?> target) {
    if (target == Integer.class || target == int.class) {
      return "an integer (32-bit)";
    }
    if (target == Long.class || target == long.class) {
      return "an integer";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "true or false (unquoted)";
    }
    if (target == String.class) {
      return "a string (quote numbers and booleans: \"80\", \"true\")";
    }
    if (target == Quantity.class) {
      return "a quantity such as 250m or 64Mi";
    }
    if (target == IntOrString.class) {
      return "a port number or a port name";
    }
    if (target == OffsetDateTime.class) {
      return "an RFC 3339 timestamp";
    }
    if (List.class.isAssignableFrom(target) || Collection.class.isAssignableFrom(target)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(target)) {
      return "a map";
    }
    if (target.getPackageName().equals(MODEL_PACKAGE)) {
      return "a map (" + modelName(target) + ")";
    }
    return "a " + target.getSimpleName();
  }

  /** Describes a value for a message: {@code the string "abc"}, {@code a list}. */
  static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      String text = node.asText();
      return "the string \"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return "the boolean " + node.asText();
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a map";
    }
    return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
  }
}
