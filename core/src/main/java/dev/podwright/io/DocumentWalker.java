package dev.podwright.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.podwright.io.ManifestReadException.Problem;
import dev.podwright.io.ManifestReadException.Reason;
import dev.podwright.path.FieldPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one document from a Jackson token stream into a tree, recording where each value and key
 * sits, expanding YAML aliases (to scalars, lists and maps), and enforcing the {@link ReadLimits}
 * that the parser does not. A key repeated in one map keeps its last value, as kubectl does without
 * {@code --validate=strict}, and is recorded as a {@link ReadProblem#YAML_DUPLICATE_KEY} warning
 * naming both lines. Single use, not thread-safe.
 *
 * <p>Jackson's YAML parser reports anchors of lists and maps but not of scalars; a scalar's token
 * starts at its properties, so its anchor ({@code &name}, possibly after a tag) is read from the
 * text there, by {@link ScalarAnchors}.
 *
 * <p>The one token walker of every Podwright reader ({@link ManifestReader}, and the declaration
 * toolkit's {@code SourceDocument}); public for those readers, not meant for hosts, who read with
 * {@code SourceDocument.Parsers}. Refusals are {@link ManifestReadException}s with reason, path,
 * line and column, which a reader of another format translates into its own exception.
 */
public final class DocumentWalker {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_REPORTED_DUPLICATES = 100;

  private final JsonParser parser;
  private final YAMLParser yaml;
  private final ReadLimits limits;
  private final String source;
  private final int documentIndex;
  private final Map<String, SourcePosition> values = new HashMap<>();
  private final Map<String, SourcePosition> keys = new HashMap<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final List<ReadProblem> duplicates = new ArrayList<>();
  private final ScalarAnchors scalarAnchors;
  private final boolean refuseDuplicateKeys;
  private final JsonNodeFactory nodes;
  private int aliases;
  private long valueCount;
  private String current = "";

  /**
   * @param scalarAnchors the anchors of YAML scalars in the input; null for JSON
   */
  DocumentWalker(
      JsonParser parser,
      ReadLimits limits,
      String source,
      int documentIndex,
      ScalarAnchors scalarAnchors) {
    this(parser, limits, source, documentIndex, scalarAnchors, false, false);
  }

  /**
   * A walker over one document of the parser.
   *
   * @param parser the parser, positioned on the document's first token when {@link #readDocument()}
   *     is called
   * @param limits the limits to enforce
   * @param source the file or other source, for errors, or null
   * @param documentIndex the document's index in its stream, for errors
   * @param scalarAnchors the anchors of YAML scalars in the input; null for JSON
   * @param refuseDuplicateKeys true to refuse a repeated key ({@link
   *     ManifestReadException.Reason#DUPLICATE_FIELD} at the second one) instead of keeping the
   *     last value with a warning
   * @param exactDecimals true to keep decimals as written ({@code 0.50} stays {@code 0.50}), false
   *     to normalise them ({@code 0.5})
   */
  public DocumentWalker(
      JsonParser parser,
      ReadLimits limits,
      String source,
      int documentIndex,
      ScalarAnchors scalarAnchors,
      boolean refuseDuplicateKeys,
      boolean exactDecimals) {
    this.refuseDuplicateKeys = refuseDuplicateKeys;
    this.nodes = exactDecimals ? JsonNodeFactory.withExactBigDecimals(true) : NODES;
    this.parser = parser;
    this.scalarAnchors = scalarAnchors;
    this.yaml = parser instanceof YAMLParser yamlParser ? yamlParser : null;
    this.limits = limits;
    this.source = source;
    this.documentIndex = documentIndex;
  }

  /**
   * Reads the document whose first token is the parser's current token.
   *
   * @throws ManifestReadException when the document breaks a limit or is not acceptable YAML
   * @throws IOException when the parser fails (Jackson's and SnakeYAML's own errors)
   */
  public JsonNode readDocument() throws IOException {
    return readValue("", FieldPath.root(), 0);
  }

  /** True when the document used an alias, so that some of its nodes are shared. */
  public boolean expandedAliases() {
    return aliases > 0;
  }

  /** The repeated keys found, in order, each a {@link ReadProblem#YAML_DUPLICATE_KEY} warning. */
  public List<ReadProblem> duplicates() {
    return duplicates;
  }

  /** Where each value sits, by normalized path. */
  public Map<String, SourcePosition> values() {
    return values;
  }

  /** Where each map key sits, by the normalized path of its value. */
  public Map<String, SourcePosition> keys() {
    return keys;
  }

  /** The path of the value being read, for an error the parser raises there. */
  public String currentPath() {
    return current;
  }

  private JsonNode readValue(String path, FieldPath field, int depth) throws IOException {
    current = path;
    JsonToken token = parser.currentToken();
    SourcePosition position = position(parser.currentTokenLocation());
    values.putIfAbsent(path, position);
    if (yaml != null && yaml.isCurrentAlias()) {
      return alias(path, position);
    }
    Object anchor = yaml == null ? null : yaml.getObjectId();
    if (anchor == null && scalarAnchors != null && token.isScalarValue()) {
      anchor = scalarAnchors.at(parser.currentTokenLocation());
    }
    long countBefore = valueCount;
    count(path, position, 1);
    JsonNode node =
        switch (token) {
          case START_OBJECT -> readObject(path, field, depth + 1, position);
          case START_ARRAY -> readArray(path, field, depth + 1, position);
          case VALUE_STRING -> nodes.textNode(checkedString(parser.getText(), path, position));
          case VALUE_NUMBER_INT -> integer();
          case VALUE_NUMBER_FLOAT -> decimal();
          case VALUE_TRUE -> nodes.booleanNode(true);
          case VALUE_FALSE -> nodes.booleanNode(false);
          case VALUE_NULL -> nodes.nullNode();
          default ->
              throw fail(
                  Reason.SYNTAX,
                  path,
                  position,
                  "unsupported value (" + token + "); write a plain string, number, list or map");
        };
    if (anchor != null) {
      anchors.put(anchor.toString(), new Anchored(node, valueCount - countBefore));
    }
    return node;
  }

  private JsonNode alias(String path, SourcePosition position) throws IOException {
    String name = parser.getText();
    Anchored anchored = anchors.get(name);
    if (anchored == null) {
      throw fail(
          Reason.SYNTAX,
          path,
          position,
          "the alias *" + name + " refers to no anchor &" + name + " defined before it");
    }
    aliases++;
    if (aliases > limits.maxAliases()) {
      throw fail(
          Reason.LIMIT_EXCEEDED,
          path,
          position,
          "more than "
              + limits.maxAliases()
              + " YAML aliases in one document (ReadLimits.maxAliases); this looks like an alias"
              + " bomb. Expand the aliases, or raise the limit with"
              + " ReadLimits.defaults().withMaxAliases(n)");
    }
    count(path, position, anchored.size());
    return anchored.node();
  }

  private ObjectNode readObject(String path, FieldPath field, int depth, SourcePosition position)
      throws IOException {
    checkDepth(path, depth, position);
    ObjectNode object = NODES.objectNode();
    while (true) {
      JsonToken token = next(path, position);
      if (token == JsonToken.END_OBJECT) {
        return object;
      }
      String name = checkedString(parser.currentName(), path, position);
      String childPath = SourceMap.child(path, name);
      SourcePosition keyPosition = position(parser.currentTokenLocation());
      FieldPath childField = segment(field, name);
      if (object.has(name)) {
        if (refuseDuplicateKeys) {
          throw fail(
              Reason.DUPLICATE_FIELD, childPath, keyPosition, "duplicate key \"" + name + "\"");
        }
        duplicate(name, childField, keys.get(childPath), keyPosition);
        keys.put(childPath, keyPosition);
        values.remove(childPath);
      }
      if (name.equals("<<")) {
        throw fail(
            Reason.SYNTAX,
            childPath,
            keyPosition,
            "YAML merge keys (<<) are not supported; write the fields out");
      }
      keys.putIfAbsent(childPath, keyPosition);
      next(childPath, keyPosition);
      object.set(name, readValue(childPath, childField, depth));
    }
  }

  private void duplicate(
      String name, FieldPath path, SourcePosition first, SourcePosition repeated) {
    if (duplicates.size() >= MAX_REPORTED_DUPLICATES) {
      return;
    }
    String firstLine = first == null ? "an earlier line" : "line " + first.line();
    duplicates.add(
        new ReadProblem(
            ReadProblem.YAML_DUPLICATE_KEY,
            ReadProblem.Level.WARNING,
            path,
            repeated,
            "the key `"
                + name
                + "` appears twice in the same map, on "
                + firstLine
                + " and line "
                + repeated.line()
                + "; the value on line "
                + repeated.line()
                + " is used and the one on "
                + firstLine
                + " is ignored, as kubectl does without --validate=strict",
            "remove one of the two `" + name + "` keys"));
  }

  /** A field name as a path segment: bracketed when it is not a plain identifier. */
  private static FieldPath segment(FieldPath parent, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
        return parent.key(name);
      }
    }
    return name.isEmpty() ? parent.key(name) : parent.child(name);
  }

  private ArrayNode readArray(String path, FieldPath field, int depth, SourcePosition position)
      throws IOException {
    checkDepth(path, depth, position);
    ArrayNode array = NODES.arrayNode();
    while (true) {
      JsonToken token = next(path, position);
      if (token == JsonToken.END_ARRAY) {
        return array;
      }
      array.add(readValue(path + "[" + array.size() + "]", field.index(array.size()), depth));
    }
  }

  private JsonNode integer() throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  private JsonNode decimal() throws IOException {
    try {
      return nodes.numberNode(parser.getDecimalValue());
    } catch (NumberFormatException notFinite) {
      return nodes.numberNode(parser.getDoubleValue());
    }
  }

  private JsonToken next(String path, SourcePosition opened) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw fail(Reason.SYNTAX, path, opened, "the input ends inside this list or map");
    }
    return token;
  }

  private void checkDepth(String path, int depth, SourcePosition position) {
    if (depth > limits.maxNestingDepth()) {
      throw fail(
          Reason.LIMIT_EXCEEDED,
          path,
          position,
          "lists and maps nested more than "
              + limits.maxNestingDepth()
              + " deep (ReadLimits.maxNestingDepth); raise the limit with"
              + " ReadLimits.defaults().withMaxNestingDepth(n)");
    }
  }

  private String checkedString(String text, String path, SourcePosition position) {
    if (text != null && text.length() > limits.maxStringLength()) {
      throw fail(
          Reason.LIMIT_EXCEEDED,
          path,
          position,
          "a string of "
              + text.length()
              + " characters is longer than "
              + limits.maxStringLength()
              + " (ReadLimits.maxStringLength); raise the limit with"
              + " ReadLimits.defaults().withMaxStringLength(n)");
    }
    return text == null ? "" : text;
  }

  private void count(String path, SourcePosition position, long added) {
    valueCount += added;
    if (valueCount > limits.maxValuesPerDocument()) {
      throw fail(
          Reason.LIMIT_EXCEEDED,
          path,
          position,
          "the document holds more than "
              + limits.maxValuesPerDocument()
              + " values after alias expansion (ReadLimits.maxValuesPerDocument); split it, or"
              + " raise the limit with ReadLimits.defaults().withMaxValuesPerDocument(n)");
    }
  }

  private ManifestReadException fail(
      Reason reason, String path, SourcePosition position, String message) {
    return new ManifestReadException(
        source,
        documentIndex,
        new Problem(reason, path, position.line(), position.column(), message),
        null);
  }

  /** A parser location as a position; 1:1 when unknown. */
  public static SourcePosition position(JsonLocation location) {
    if (location == null) {
      return new SourcePosition(1, 1);
    }
    return new SourcePosition(
        Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private record Anchored(JsonNode node, long size) {}
}
