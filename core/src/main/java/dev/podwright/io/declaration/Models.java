package dev.podwright.io.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.model.Resources;
import dev.podwright.path.FieldPath;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns document nodes into the official models (Kubernetes field names, strict about unknown
 * fields), failing at the bad field's path, line and column; {@link ModelSpecs} turns those into
 * Podwright's model.
 */
final class Models {

  private Models() {}

  /** The one strict binder ({@link KubernetesJackson#strictBinder()}). */
  static final ObjectMapper BINDER = KubernetesJackson.strictBinder();

  /** The shared mapper, for comparing models as trees. */
  private static ObjectMapper mapper() {
    return KubernetesJackson.jsonMapper();
  }

  // ---------------------------------------------------------------- reading official models

  /** Reads a node into an official model class, failing with the position of the bad field. */
  static <T> T read(Node node, Class<T> type) {
    if (!node.json.isObject()) {
      throw node.wrongType("a map of fields");
    }
    try {
      return BINDER.treeToValue(node.json, type);
    } catch (UnrecognizedPropertyException e) {
      FieldPath path = pathOf(node.path, e);
      List<String> known = new ArrayList<>();
      if (e.getKnownPropertyIds() != null) {
        e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      }
      return fail(
          node,
          Reason.UNKNOWN_FIELD,
          path,
          "unknown field \""
              + e.getPropertyName()
              + "\" of a Kubernetes "
              + kind(e.getReferringClass()),
          Suggestions.closest(e.getPropertyName(), known),
          e);
    } catch (InvalidFormatException e) {
      FieldPath path = pathOf(node.path, e);
      if (!(e.getValue() instanceof String)) {
        return fail(
            node,
            Reason.WRONG_TYPE,
            path,
            "expected "
                + expected(e.getTargetType())
                + " but found "
                + Node.describe(at(node.json, e)),
            List.of(),
            e);
      }
      String detail =
          e.getTargetType() == Quantity.class
              ? "\"" + e.getValue() + "\" is not a Kubernetes quantity (e.g. 250m, 1, 64Mi)"
              : "\"" + e.getValue() + "\" is not " + expected(e.getTargetType());
      return fail(node, Reason.INVALID_VALUE, path, detail, List.of(), e);
    } catch (MismatchedInputException e) {
      FieldPath path = pathOf(node.path, e);
      JsonNode found = at(node.json, e);
      return fail(
          node,
          Reason.WRONG_TYPE,
          path,
          "expected " + expected(e.getTargetType()) + " but found " + Node.describe(found),
          List.of(),
          e);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      FieldPath path =
          e instanceof JsonMappingException mapping ? pathOf(node.path, mapping) : node.path;
      String message =
          e instanceof JsonProcessingException processing
              ? processing.getOriginalMessage()
              : e.getMessage();
      return fail(node, Reason.INVALID_VALUE, path, String.valueOf(message), List.of(), e);
    }
  }

  private static <T> T fail(
      Node node,
      Reason problem,
      FieldPath path,
      String detail,
      List<String> suggestions,
      Exception cause) {
    String rendered = path.toString();
    SourcePosition where =
        problem == Reason.UNKNOWN_FIELD
            ? node.document.keyPosition(rendered)
            : node.document.nearest(rendered);
    throw new DeclarationReadException(
        problem, node.document.sourceMap.file(), where, rendered, detail, suggestions, cause);
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "object";
    }
    String name = type.getSimpleName();
    return name.startsWith("V1") ? name.substring(2) : name;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another type";
    } else if (List.class.isAssignableFrom(type)) {
      return "a list";
    } else if (Map.class.isAssignableFrom(type)) {
      return "a map";
    } else if (type == String.class) {
      return "a string";
    } else if (type == Integer.class || type == int.class || type == Long.class) {
      return "an integer";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (type == Quantity.class) {
      return "a quantity (e.g. 250m, 64Mi)";
    } else if (type.getSimpleName().equals("IntOrString")) {
      return "a port number or name";
    }
    return "a map of fields (a Kubernetes " + kind(type) + ")";
  }

  private static FieldPath pathOf(FieldPath base, JsonMappingException e) {
    FieldPath path = base;
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path = Node.child(path, reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path = path.index(reference.getIndex());
      }
    }
    return path;
  }

  private static JsonNode at(JsonNode root, JsonMappingException e) {
    JsonNode node = root;
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (node == null) {
        return null;
      }
      node =
          reference.getFieldName() != null
              ? node.get(reference.getFieldName())
              : node.get(reference.getIndex());
    }
    return node;
  }

  // ---------------------------------------------------------------- containers

  /**
   * Reads a container: Kubernetes fields, with {@code env} either a Kubernetes list or a {@code
   * KEY: value} map. Extra positions for a map's entries as list entries go into {@code extra}.
   */
  static V1Container container(Node node, Map<String, SourcePosition> extra) {
    return container(node, extra, null);
  }

  /** Reads a container; an unnamed one is given the default name, when there is one. */
  static V1Container container(Node node, Map<String, SourcePosition> extra, String defaultName) {
    if (node.isAbsent() || !node.json.isObject()) {
      throw node.wrongType("a container (a map of Kubernetes container fields)");
    }
    Node env = node.field("env");
    List<V1EnvVar> mapEnv = null;
    JsonNode json = node.json;
    if (!env.isAbsent() && env.json.isObject()) {
      mapEnv = envMap(env, extra);
      ObjectNode copy = ((ObjectNode) node.json).deepCopy();
      copy.remove("env");
      json = copy;
    }
    V1Container container = read(new Node(node.document, json, node.path), V1Container.class);
    if (mapEnv != null) {
      container.setEnv(mapEnv);
    }
    if ((container.getName() == null || container.getName().isBlank()) && defaultName != null) {
      container.setName(defaultName);
    }
    if (container.getName() == null || container.getName().isBlank()) {
      throw node.field("name").missing();
    }
    return container;
  }

  /** A {@code KEY: value} map as env vars in written order; values are scalars. */
  static List<V1EnvVar> envMap(Node env, Map<String, SourcePosition> extra) {
    List<V1EnvVar> variables = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, Node> entry : env.fields().entrySet()) {
      String value = entry.getValue().text();
      variables.add(new V1EnvVar().name(entry.getKey()).value(value == null ? "" : value));
      SourcePosition at = env.document.nearest(entry.getValue().path.toString());
      FieldPath listed = env.path.index(index++);
      extra.put(listed.toString(), at);
      extra.put(listed.child("name").toString(), at);
      extra.put(listed.child("value").toString(), at);
    }
    return variables;
  }

  // ---------------------------------------------------------------- volumes

  /** Reads a volume; its name is required. */
  static V1Volume volume(Node node) {
    V1Volume volume = read(node, V1Volume.class);
    if (volume.getName() == null || volume.getName().isBlank()) {
      throw node.field("name").missing();
    }
    return volume;
  }

  // ---------------------------------------------------------------- resources

  /** {@code {requests: {cpu: 100m}, limits: {...}}} as resources. */
  static Resources resources(Node node) {
    Node object = node.object().allowOnly(DeclarationFormat.RESOURCES.names());
    return new Resources(quantities(object.field("requests")), quantities(object.field("limits")));
  }

  private static Map<String, Quantity> quantities(Node node) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, Node>> entries = node.fields().entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, Node> entry = entries.next();
      out.put(entry.getKey(), quantity(entry.getValue()));
    }
    return out;
  }

  /** A quantity written as a string or a number. */
  static Quantity quantity(Node node) {
    return quantityOf(node, node.requiredText());
  }

  /** The text as a quantity, or an error at the node. */
  static Quantity quantityOf(Node node, String text) {
    return Quantities.parse(text)
        .orElseThrow(
            () ->
                node.invalid(
                    "\"" + text + "\" is not a Kubernetes quantity (e.g. 250m, 1, 64Mi)",
                    List.of()));
  }
}
