package dev.podwright.io.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.path.FieldPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A value of a {@link SourceDocument} with its path: typed access that fails with a position. */
final class Node {

  final SourceDocument document;
  final JsonNode json;
  final FieldPath path;

  Node(SourceDocument document, JsonNode json, FieldPath path) {
    this.document = document;
    this.json = json == null ? MissingNode.getInstance() : json;
    this.path = path;
  }

  /** True when absent or written as null. */
  boolean isAbsent() {
    return json.isMissingNode() || json.isNull();
  }

  Node field(String name) {
    return new Node(document, json.get(name), path.child(name));
  }

  /** Requires a map (absent is an empty map). */
  Node object() {
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

  /** The entries of a list; absent is empty. */
  List<Node> elements() {
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

  /** The fields of a map in written order; absent is empty. */
  Map<String, Node> fields() {
    Node object = object();
    Map<String, Node> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : object.json.properties()) {
      out.put(entry.getKey(), new Node(document, entry.getValue(), path.child(entry.getKey())));
    }
    return out;
  }

  /** A scalar as text (numbers and booleans as written), or null when absent. */
  String text() {
    if (isAbsent()) {
      return null;
    }
    if (!json.isValueNode()) {
      throw wrongType("a string");
    }
    return json.isBigDecimal() ? json.decimalValue().toPlainString() : json.asText();
  }

  /** A scalar that must be present. */
  String requiredText() {
    String text = text();
    if (text == null || text.isBlank()) {
      throw missing();
    }
    return text;
  }

  /** Fails on a field not in the known set, suggesting the closest known names. */
  Node allowOnly(Collection<String> known) {
    for (String name : fields().keySet()) {
      if (!known.contains(name)) {
        throw unknownField(name, known);
      }
    }
    return this;
  }

  DeclarationReadException unknownField(String name, Collection<String> known) {
    return document.error(
        Reason.UNKNOWN_FIELD,
        path.child(name),
        "unknown field \"" + name + "\"",
        Suggestions.closest(name, known));
  }

  DeclarationReadException wrongType(String expected) {
    return document.error(
        Reason.WRONG_TYPE,
        path,
        "expected " + expected + " but found " + describe(json),
        List.of());
  }

  DeclarationReadException missing() {
    return document.error(
        Reason.MISSING_FIELD,
        path,
        "required field \"" + lastSegment() + "\" is missing",
        List.of());
  }

  DeclarationReadException invalid(String detail, List<String> suggestions) {
    return document.error(Reason.INVALID_VALUE, path, detail, suggestions);
  }

  private String lastSegment() {
    String rendered = path.toString();
    int cut = Math.max(rendered.lastIndexOf('.'), rendered.lastIndexOf('['));
    return cut < 0 ? rendered : rendered.substring(cut + 1);
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
      return "the number "
          + (node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
    }
    String text = node.asText();
    return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
  }
}
