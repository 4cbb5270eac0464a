package dev.podwright.io.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.path.FieldPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a {@link SourceDocument} with its path in the document: typed access that fails with a
 * {@link DeclarationReadException} naming the path, line and column. The reading toolkit a host's
 * own platform adapter is written with (see {@code dev.podwright.examples.numaflow} for one): read
 * a {@link SourceDocument}, walk it from {@link SourceDocument#top()}, bind Kubernetes fragments
 * with {@link KubernetesFragments}, and throw the errors this class makes ({@link #missing()},
 * {@link #wrongType(String)}, {@link #invalid(String, List)}, {@link #unknownField(String,
 * Collection)}) so that every refusal points into the file. Immutable and thread-safe.
 */
public final class Node {

  final SourceDocument document;
  final JsonNode json;
  final FieldPath path;

  Node(SourceDocument document, JsonNode json, FieldPath path) {
    this.document = document;
    this.json = json == null ? MissingNode.getInstance() : json;
    this.path = path;
  }

  /** True when absent or written as null. */
  public boolean isAbsent() {
    return json.isMissingNode() || json.isNull();
  }

  /** True when present and a map. */
  public boolean isMap() {
    return json.isObject();
  }

  /** True when present and a scalar (a string, number or boolean). */
  public boolean isScalar() {
    return !isAbsent() && json.isValueNode();
  }

  /** This value's path in the document, e.g. {@code spec.vertices[0].name}. */
  public FieldPath path() {
    return path;
  }

  /** Where this value was written (or, when absent, its nearest written ancestor). */
  public SourcePosition position() {
    return document.nearest(path.toString());
  }

  /**
   * A field of this map, absent when there is no such field (or this is not a map: {@link
   * #object()} checks that).
   */
  public Node field(String name) {
    return new Node(document, json.get(name), child(path, name));
  }

  /**
   * Requires a map (absent is an empty map).
   *
   * @throws DeclarationReadException when present and not a map
   */
  public Node object() {
    if (isAbsent()) {
      return new Node(
          document,
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
          path);
    }
    if (!json.isObject()) {
      throw wrongType("a map of fields");
    }
    return this;
  }

  /**
   * The entries of a list; absent is empty.
   *
   * @throws DeclarationReadException when present and not a list
   */
  public List<Node> elements() {
    if (isAbsent()) {
      return List.of();
    }
    if (!json.isArray()) {
      throw wrongType("a list");
    }
    List<Node> out = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      out.add(new Node(document, json.get(i), path.index(i)));
    }
    return out;
  }

  /**
   * The fields of a map in written order; absent is empty.
   *
   * @throws DeclarationReadException when present and not a map
   */
  public Map<String, Node> fields() {
    Node object = object();
    Map<String, Node> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : object.json.properties()) {
      out.put(entry.getKey(), new Node(document, entry.getValue(), child(path, entry.getKey())));
    }
    return out;
  }

  /**
   * A scalar as text (numbers and booleans as written), or null when absent.
   *
   * @throws DeclarationReadException when present and not a scalar
   */
  public String text() {
    if (isAbsent()) {
      return null;
    }
    if (!json.isValueNode()) {
      throw wrongType("a string");
    }
    return numberText(json);
  }

  /**
   * A scalar that must be present and not blank.
   *
   * @throws DeclarationReadException when absent, blank or not a scalar
   */
  public String requiredText() {
    String text = text();
    if (text == null || text.isBlank()) {
      throw missing();
    }
    return text;
  }

  /**
   * Requires a map whose fields are all in the known set.
   *
   * @return this node
   * @throws DeclarationReadException on the first other field, suggesting the closest known names
   */
  public Node allowOnly(Collection<String> known) {
    for (String name : fields().keySet()) {
      if (!known.contains(name)) {
        throw unknownField(name, known);
      }
    }
    return this;
  }

  /**
   * Requires a map none of whose fields is spelt almost like one that is read unless it is read or
   * knowingly ignored: platform documents carry many fields an adapter ignores, but one spelt like
   * a field it reads ({@code sidecar} for {@code sidecars}) is almost surely a typo, and dropping
   * it silently would lose what it says.
   *
   * @param read the fields the adapter reads
   * @param ignored the fields it knowingly ignores
   * @return this node
   * @throws DeclarationReadException on a near miss, with "did you mean"
   */
  public Node rejectNearMisses(Collection<String> read, Collection<String> ignored) {
    for (String name : fields().keySet()) {
      if (read.contains(name) || ignored.contains(name)) {
        continue;
      }
      if (!Suggestions.closest(name, read).isEmpty()) {
        throw unknownField(name, read);
      }
    }
    return this;
  }

  /**
   * A number as a decimal.
   *
   * @throws DeclarationReadException when absent or not a number
   */
  public java.math.BigDecimal decimal() {
    if (isAbsent() || !json.isNumber()) {
      throw wrongType("a number");
    }
    return json.decimalValue();
  }

  /**
   * The error for an unknown field of this map, at the field's key, suggesting the closest known
   * names.
   */
  public DeclarationReadException unknownField(String name, Collection<String> known) {
    return document.error(
        Reason.UNKNOWN_FIELD,
        child(path, name),
        "unknown field \"" + name + "\"",
        Suggestions.closest(name, known));
  }

  /** The error for this value not being of the expected type ("expected a list but found…"). */
  public DeclarationReadException wrongType(String expected) {
    return document.error(
        Reason.WRONG_TYPE,
        path,
        "expected " + expected + " but found " + describe(json),
        List.of());
  }

  /** The error for this value being required but absent, at its nearest written ancestor. */
  public DeclarationReadException missing() {
    return document.error(
        Reason.MISSING_FIELD,
        path,
        "required field \"" + lastSegment() + "\" is missing",
        List.of());
  }

  /** The error for this value being of the right type but not acceptable. */
  public DeclarationReadException invalid(String detail, List<String> suggestions) {
    return document.error(Reason.INVALID_VALUE, path, detail, suggestions);
  }

  private String lastSegment() {
    String rendered = path.toString();
    int cut = Math.max(rendered.lastIndexOf('.'), rendered.lastIndexOf('['));
    return cut < 0 ? rendered : rendered.substring(cut + 1);
  }

  /**
   * The path of a map's field; an empty key (YAML allows one) is written in brackets, {@code
   * parent[]}, as a path has no empty field name.
   */
  static FieldPath child(FieldPath parent, String name) {
    return name == null || name.isEmpty() ? parent.key("") : parent.child(name);
  }

  /**
   * A number as written, in plain digits when that stays short; scientific notation otherwise, so
   * that {@code 5e1676470082} never expands to a trillion digits.
   */
  static String numberText(JsonNode node) {
    if (!node.isBigDecimal()) {
      return node.asText();
    }
    java.math.BigDecimal value = node.decimalValue();
    int digitsBeforePoint = value.precision() - value.scale();
    return Math.abs(value.scale()) > 64 || Math.abs(digitsBeforePoint) > 64
        ? value.toString()
        : value.toPlainString();
  }

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    } else if (node.isNull()) {
      return "null";
    } else if (node.isObject()) {
      return "a map";
    } else if (node.isArray()) {
      return "a list";
    } else if (node.isBoolean()) {
      return "the boolean " + node.asText();
    } else if (node.isNumber()) {
      String number = numberText(node);
      return "the number " + (number.length() > 40 ? number.substring(0, 40) + "…" : number);
    }
    String text = node.asText();
    return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
  }
}
