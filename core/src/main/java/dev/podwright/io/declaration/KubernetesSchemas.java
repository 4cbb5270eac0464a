package dev.podwright.io.declaration;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JSON Schemas of the official Kubernetes models, as the strict binder binds them: the properties
 * of each class are the ones its Jackson deserializer takes (so exactly what the reader accepts),
 * every object refuses other properties, and the required fields are the model's own ({@code
 * openapiRequiredFields}, from Kubernetes' OpenAPI). Each class becomes one {@code $defs} entry
 * named by its simple name ({@code V1Container}). One instance collects one schema; not
 * thread-safe.
 */
final class KubernetesSchemas {

  /**
   * The grammar of {@code Quantities.hasQuantitySyntax}: a signed decimal, then nothing, an
   * exponent of one to three digits, or one unit suffix; at most 64 characters.
   */
  static final String QUANTITY_PATTERN =
      "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3}|[numkMGTPE]|[KMGTPE]i)?$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper binder;
  private final DefaultDeserializationContext context;
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  KubernetesSchemas(ObjectMapper binder) {
    this.binder = binder;
    DeserializationConfig config = binder.getDeserializationConfig();
    this.context =
        ((DefaultDeserializationContext) binder.getDeserializationContext())
            .createDummyInstance(config);
  }

  /** The definitions collected so far, by name. */
  Map<String, ObjectNode> definitions() {
    return definitions;
  }

  /** A {@code $ref} to the definition of a model class, defining it (and what it uses) first. */
  ObjectNode reference(Class<?> type) {
    String name = type.getSimpleName();
    if (!definitions.containsKey(name)) {
      definitions.put(name, NODES.objectNode()); // placeholder: the graph has cycles
      definitions.put(name, define(binder.constructType(type)));
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  /** The schema of a Kubernetes quantity: a string in the API server's grammar, or a number. */
  static ObjectNode quantity() {
    ObjectNode text =
        NODES
            .objectNode()
            .put("type", "string")
            .put("pattern", QUANTITY_PATTERN)
            .put("maxLength", 64);
    ObjectNode schema = NODES.objectNode();
    schema.putArray("anyOf").add(text).add(NODES.objectNode().put("type", "number"));
    return schema.put("description", "A Kubernetes quantity, e.g. 250m, 1, 64Mi, 1.5Gi.");
  }

  /** The schema of a value of the given type. */
  ObjectNode schema(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return NODES.objectNode().put("type", "string");
    } else if (raw == Integer.class || raw == int.class) {
      return NODES
          .objectNode()
          .put("type", "integer")
          .put("minimum", Integer.MIN_VALUE)
          .put("maximum", Integer.MAX_VALUE);
    } else if (raw == Long.class || raw == long.class) {
      return NODES.objectNode().put("type", "integer").put("format", "int64");
    } else if (raw == Boolean.class || raw == boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      return NODES.objectNode().put("type", "number");
    } else if (raw == Quantity.class) {
      return quantity();
    } else if (raw == IntOrString.class) {
      ObjectNode schema = NODES.objectNode();
      schema.putArray("type").add("integer").add("string");
      return schema.put("description", "A number or a name (e.g. a port number or port name).");
    } else if (raw == OffsetDateTime.class) {
      return NODES.objectNode().put("type", "string").put("format", "date-time");
    } else if (raw == byte[].class) {
      return NODES.objectNode().put("type", "string").put("contentEncoding", "base64");
    } else if (raw == Object.class) {
      return NODES.objectNode().put("description", "Any value.");
    } else if (type.isCollectionLikeType() || type.isArrayType()) {
      ObjectNode schema = NODES.objectNode().put("type", "array");
      schema.set("items", schema(type.getContentType()));
      return schema;
    } else if (type.isMapLikeType()) {
      ObjectNode schema = NODES.objectNode().put("type", "object");
      schema.set("additionalProperties", schema(type.getContentType()));
      return schema;
    } else if (raw.isEnum()) {
      ObjectNode schema = NODES.objectNode();
      ArrayNode values = schema.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        values.add(binder.valueToTree(constant));
      }
      return schema;
    } else if (raw.getName().startsWith("io.kubernetes.client.openapi.models.")) {
      return reference(raw);
    }
    throw new IllegalStateException("no JSON Schema for " + type + " (a new kind of model field)");
  }

  private ObjectNode define(JavaType type) {
    Class<?> raw = type.getRawClass();
    ObjectNode schema = NODES.objectNode().put("type", "object");
    String kind = raw.getSimpleName().replaceFirst("^V[0-9]+((alpha|beta)[0-9]+)?", "");
    schema.put(
        "description",
        "A Kubernetes "
            + kind
            + " ("
            + raw.getName()
            + "), in the API's own field names; other fields are refused.");
    swaggerText(raw.getAnnotations(), "ApiModel", "description")
        .ifPresent(text -> schema.put("description", text + " (" + raw.getName() + ")"));
    ObjectNode properties = schema.putObject("properties");
    Map<String, ObjectNode> sorted = new TreeMap<>();
    Map<String, BeanPropertyDefinition> getters = new TreeMap<>();
    for (BeanPropertyDefinition definition :
        binder.getDeserializationConfig().introspect(type).findProperties()) {
      getters.put(definition.getName(), definition);
    }
    for (SettableBeanProperty property : properties(type)) {
      ObjectNode value = schema(property.getType());
      BeanPropertyDefinition definition = getters.get(property.getName());
      if (definition != null && definition.hasGetter()) {
        ObjectNode described = NODES.objectNode();
        swaggerText(
                definition.getGetter().getAnnotated().getAnnotations(), "ApiModelProperty", "value")
            .ifPresent(text -> described.put("description", text));
        described.setAll(value);
        value = described;
      }
      sorted.put(property.getName(), value);
    }
    properties.setAll(sorted);
    List<String> required = new ArrayList<>(requiredFields(raw));
    required.retainAll(sorted.keySet());
    if (!required.isEmpty()) {
      ArrayNode array = schema.putArray("required");
      required.forEach(array::add);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** The properties the binder's deserializer for the type takes. */
  private List<SettableBeanProperty> properties(JavaType type) {
    JsonDeserializer<Object> deserializer;
    try {
      deserializer = context.findRootValueDeserializer(type);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("cannot introspect " + type + ": " + e.getMessage(), e);
    }
    if (!(deserializer instanceof BeanDeserializerBase bean)) {
      throw new IllegalStateException(type + " is not bound as a bean: " + deserializer);
    }
    List<SettableBeanProperty> out = new ArrayList<>();
    Iterator<SettableBeanProperty> iterator = bean.properties();
    iterator.forEachRemaining(out::add);
    return out;
  }

  /**
   * The text of a Swagger annotation of the models ({@code @ApiModelProperty(value = ...)}, the
   * Kubernetes API's own field documentation), read reflectively: the annotation jar is on the
   * build's classpath only (provided scope), so without it there is no text.
   */
  private static Optional<String> swaggerText(
      Annotation[] annotations, String simpleName, String element) {
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.getName().equals("io.swagger.annotations." + simpleName)) {
        try {
          Object text = type.getMethod(element).invoke(annotation);
          return text instanceof String string && !string.isBlank()
              ? Optional.of(string)
              : Optional.empty();
        } catch (ReflectiveOperationException unreadable) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The model's own required fields, sorted; none when the class has no such table. */
  private static Set<String> requiredFields(Class<?> type) {
    try {
      Field field = type.getField("openapiRequiredFields");
      if (Modifier.isStatic(field.getModifiers())
          && field.get(null) instanceof Collection<?> names) {
        Set<String> out = new TreeSet<>();
        names.forEach(name -> out.add(String.valueOf(name)));
        return out;
      }
      return Set.of();
    } catch (NoSuchFieldException | IllegalAccessException none) {
      return Set.of();
    }
  }
}
