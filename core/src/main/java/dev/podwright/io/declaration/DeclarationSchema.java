package dev.podwright.io.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.io.declaration.DeclarationFormat.AnyOf;
import dev.podwright.io.declaration.DeclarationFormat.Choice;
import dev.podwright.io.declaration.DeclarationFormat.Field;
import dev.podwright.io.declaration.DeclarationFormat.Fields;
import dev.podwright.io.declaration.DeclarationFormat.KubernetesObject;
import dev.podwright.io.declaration.DeclarationFormat.ListOf;
import dev.podwright.io.declaration.DeclarationFormat.MapOf;
import dev.podwright.io.declaration.DeclarationFormat.Model;
import dev.podwright.io.declaration.DeclarationFormat.PositiveNumber;
import dev.podwright.io.declaration.DeclarationFormat.QuantityMap;
import dev.podwright.io.declaration.DeclarationFormat.ScalarMap;
import dev.podwright.io.declaration.DeclarationFormat.Switch;
import dev.podwright.io.declaration.DeclarationFormat.Text;
import dev.podwright.io.declaration.DeclarationFormat.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The JSON Schema (draft 2020-12) of the declaration format that {@link DeclarationReader} reads,
 * for editors to complete and check declarations. It is rendered from the reader's own field table
 * and, for containers and volumes, from the official Kubernetes model classes as the reader's
 * strict binder binds them, so it says exactly the fields the reader takes. The build writes it
 * into the core jar as {@value #RESOURCE}; the repository's copy is {@code
 * docs/declaration.schema.json} (its {@code $id}).
 *
 * <p>Field descriptions of the Kubernetes models come from their {@code @ApiModelProperty} texts,
 * read when {@code swagger-annotations} is on the classpath (as when the build renders the shipped
 * copy; the library does not depend on it at run time, so {@link #shipped()} is the complete one).
 * Only keywords that mean the same in draft 7 are used, so draft-7 editors read all of it.
 *
 * <p>Where the schema and the reader differ: the reader also takes enum spellings such as {@code
 * NATIVE} and {@code after-host-init-containers} (the schema offers the camelCase one), reads
 * {@code null} as absent (the schema asks for a value), and does not itself require the fields
 * Kubernetes requires inside containers and volumes (e.g. a mount's {@code mountPath}), which the
 * schema marks required as the API server does. The reader checks a {@code kind} against the kinds
 * its host gave it; {@link #render(Collection)} lists those as an enum. The reader also takes
 * factors quoted ({@code "1.5"}); the schema does not say that {@code limitFactor} needs {@code
 * requests} nor that a sidecar's {@code placement} must fit its mode, which the reader checks.
 */
public final class DeclarationSchema {

  /** Where the build puts the schema on the classpath (inside {@code podwright-core.jar}). */
  public static final String RESOURCE = "dev/podwright/declaration.schema.json";

  /** The schema's {@code $id}: the repository's copy, which the README links. */
  public static final String ID =
      "https://raw.githubusercontent.com/podwright/podwright/main/docs/declaration.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DeclarationSchema() {}

  /**
   * The schema, with {@code kind} any string. Deterministic: equal for every call on the same
   * classpath.
   */
  public static String render() {
    return render(List.of());
  }

  /**
   * The schema with {@code kind} restricted to the given names plus {@code generic} and {@code
   * job}, as {@code new DeclarationReader(kinds)} checks it; for a host publishing its own schema.
   *
   * @param kinds the names of the kinds the host's reader knows; empty for any string
   */
  public static String render(Collection<String> kinds) {
    ObjectNode schema = tree(DeclarationFormat.TOP, kinds);
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return KubernetesJackson.jsonMapper().writer(printer).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the declaration schema", e);
    }
  }

  /** The schema of a declaration with the given top-level fields, as a tree. */
  static ObjectNode tree(Fields format, Collection<String> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "Podwright declaration");
    schema.put(
        "description",
        "What a platform attaches to a workload: main container, volumes, init containers,"
            + " sidecars, resource defaults and emit options, in Kubernetes' own field names."
            + " Read by dev.podwright.io.declaration.DeclarationReader.");
    KubernetesSchemas models = new KubernetesSchemas(Models.BINDER);
    ObjectNode definitions = NODES.objectNode();
    ObjectNode top = fields(format, models, definitions);
    if (!kinds.isEmpty()) {
      TreeSet<String> names = new TreeSet<>(List.of("generic", "job"));
      kinds.forEach(name -> names.add(Objects.requireNonNull(name, "kind name")));
      ObjectNode kind = (ObjectNode) top.get("properties").get("kind");
      kind.remove("examples");
      ArrayNode values = kind.putArray("enum");
      names.forEach(values::add);
    }
    schema.setAll(top);
    schema.set("$defs", definitions);
    models.definitions().forEach(definitions::set);
    dropUnused(schema, definitions);
    return schema;
  }

  /**
   * Removes the definitions nothing else refers to (the models' own Container and Volume, replaced
   * by the format's), until none is left.
   */
  private static void dropUnused(ObjectNode schema, ObjectNode definitions) {
    boolean removed = true;
    while (removed) {
      removed = false;
      String whole = schema.toString();
      for (String name : fieldNames(definitions)) {
        String reference = "\"#/$defs/" + name + "\"";
        if (count(whole, reference) == count(definitions.get(name).toString(), reference)) {
          definitions.remove(name);
          removed = true;
        }
      }
    }
  }

  private static List<String> fieldNames(ObjectNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  /**
   * The schema the build put on the classpath ({@value #RESOURCE}), as shipped in the jar.
   *
   * @throws IllegalStateException when it is not on the classpath (a build that skipped it)
   */
  public static String shipped() {
    try (InputStream in = DeclarationSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Writes {@link #render()} to the file named by the one argument; the build runs this to put the
   * schema into the jar.
   *
   * @param args the file to write
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DeclarationSchema OUTPUT-FILE");
    }
    Path file = Path.of(args[0]);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, render(), StandardCharsets.UTF_8);
  }

  /**
   * The definition of a model object with the reader's own fields: the model's definition with each
   * extra field added, or, when the model has that field too, offered as another form of it.
   */
  private static ObjectNode object(
      KubernetesObject object, KubernetesSchemas models, ObjectNode definitions) {
    ObjectNode reference = NODES.objectNode().put("$ref", "#/$defs/" + object.name());
    if (definitions.has(object.name())) {
      return reference;
    }
    Class<?> type = object.type();
    models.reference(type);
    ObjectNode schema = models.definitions().get(type.getSimpleName()).deepCopy();
    definitions.set(object.name(), schema); // before the extras: they may refer to it
    ObjectNode properties = (ObjectNode) schema.get("properties");
    for (Field extra : object.extras()) {
      ObjectNode value = NODES.objectNode().put("description", extra.description());
      JsonNode own = properties.get(extra.name());
      ObjectNode form = value(extra.value(), models, definitions);
      if (own == null) {
        value.setAll(form);
      } else {
        value.putArray("anyOf").add(own).add(form);
      }
      properties.set(extra.name(), value);
    }
    if (!object.extras().isEmpty()) {
      schema.put(
          "description",
          schema.path("description").asText()
              + " The declaration format adds or widens: "
              + String.join(", ", object.extras().stream().map(Field::name).toList())
              + ".");
    }
    return reference;
  }

  private static ObjectNode fields(
      Fields fields, KubernetesSchemas models, ObjectNode definitions) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    for (Field field : fields.fields()) {
      ObjectNode value = value(field.value(), models, definitions);
      ObjectNode described = NODES.objectNode().put("description", field.description());
      described.setAll(value);
      properties.set(field.name(), described);
    }
    schema.put("additionalProperties", false);
    if (!fields.required().isEmpty()) {
      ArrayNode required = schema.putArray("required");
      fields.required().forEach(required::add);
    }
    if (fields.exactlyOne()) {
      schema.put("minProperties", 1).put("maxProperties", 1);
    }
    List<ObjectNode> exclusions = new ArrayList<>();
    for (List<String> group : fields.exclusive()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          ObjectNode both = NODES.objectNode();
          both.putArray("required").add(group.get(i)).add(group.get(j));
          exclusions.add(NODES.objectNode().set("not", both));
        }
      }
    }
    if (exclusions.size() == 1) {
      schema.setAll(exclusions.get(0));
    } else if (!exclusions.isEmpty()) {
      exclusions.forEach(schema.putArray("allOf")::add);
    }
    return schema;
  }

  private static ObjectNode value(Value value, KubernetesSchemas models, ObjectNode definitions) {
    if (value instanceof Text text) {
      ObjectNode schema = NODES.objectNode().put("type", "string");
      if (text.pattern() != null) {
        schema.put("pattern", text.pattern());
      }
      if (!text.examples().isEmpty()) {
        ArrayNode examples = schema.putArray("examples");
        text.examples().forEach(examples::add);
      }
      return schema;
    } else if (value instanceof Choice choice) {
      ObjectNode schema = NODES.objectNode().put("type", "string");
      ArrayNode values = schema.putArray("enum");
      choice.spellings().forEach(values::add);
      return schema;
    } else if (value instanceof Fields fields) {
      return fields(fields, models, definitions);
    } else if (value instanceof QuantityMap) {
      ObjectNode schema = NODES.objectNode().put("type", "object");
      schema.set("additionalProperties", KubernetesSchemas.quantity());
      return schema;
    } else if (value instanceof ListOf list) {
      ObjectNode schema = NODES.objectNode().put("type", "array");
      schema.set("items", value(list.element(), models, definitions));
      return schema;
    } else if (value instanceof KubernetesObject object) {
      return object(object, models, definitions);
    } else if (value instanceof ScalarMap) {
      ObjectNode schema = NODES.objectNode().put("type", "object");
      ObjectNode scalar = NODES.objectNode();
      scalar.putArray("type").add("string").add("number").add("boolean");
      schema.set("additionalProperties", scalar);
      return schema;
    } else if (value instanceof MapOf map) {
      ObjectNode schema = NODES.objectNode().put("type", "object");
      schema.set("additionalProperties", value(map.element(), models, definitions));
      return schema;
    } else if (value instanceof AnyOf any) {
      ObjectNode schema = NODES.objectNode();
      ArrayNode forms = schema.putArray("anyOf");
      any.forms().forEach(form -> forms.add(value(form, models, definitions)));
      return schema;
    } else if (value instanceof Switch) {
      return NODES.objectNode().put("type", "boolean").put("const", true);
    } else if (value instanceof PositiveNumber) {
      return NODES.objectNode().put("type", "number").put("exclusiveMinimum", 0);
    } else if (value instanceof Model model) {
      return models.reference(model.type());
    }
    throw new IllegalStateException("unknown value " + value);
  }
}
