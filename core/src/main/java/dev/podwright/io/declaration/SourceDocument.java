package dev.podwright.io.declaration;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.podwright.io.DocumentParsers;
import dev.podwright.io.ReadLimits;
import dev.podwright.io.ScalarAnchors;
import dev.podwright.io.SourceMap;
import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.path.FieldPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One YAML or JSON document, read within {@link ReadLimits}, with the position of every path: the
 * start of a host's own platform adapter. Read it with {@link Parsers}, then walk it from {@link
 * #top()}; every refusal is a {@link DeclarationReadException} with path, line and column. Aliases
 * (to scalars, lists and maps) are expanded within the limits; duplicate keys, empty documents and
 * several documents are refused. Immutable and thread-safe.
 *
 * <pre>{@code
 * SourceDocument.Parsers parsers = new SourceDocument.Parsers(ReadLimits.defaults());
 * Node top = parsers.read(Path.of("algorithm.json")).top().object();
 * String name = top.field("name").requiredText();
 * }</pre>
 */
public final class SourceDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final SourcePosition START = new SourcePosition(1, 1);

  final JsonNode root;
  final SourceMap sourceMap;
  private final Map<String, SourcePosition> positions;
  private final Map<String, SourcePosition> keys;

  private SourceDocument(
      JsonNode root,
      String file,
      Map<String, SourcePosition> positions,
      Map<String, SourcePosition> keys) {
    this.root = root;
    this.positions = positions;
    this.keys = keys;
    this.sourceMap = SourceMap.of(file, positions);
  }

  /** The top of the document, as a navigable node at the root path. */
  public Node top() {
    return new Node(this, root, FieldPath.root());
  }

  /** A map that also knows extra positions added after reading (env maps as lists). */
  SourceMap sourceMap(Map<String, SourcePosition> extra) {
    if (extra.isEmpty()) {
      return sourceMap;
    }
    Map<String, SourcePosition> all = new LinkedHashMap<>(positions);
    extra.forEach(all::putIfAbsent);
    return SourceMap.of(sourceMap.file(), all);
  }

  /** Where the value at the path (or its nearest written ancestor) was written, else 1:1. */
  SourcePosition nearest(String path) {
    return sourceMap.findNearest(path).orElse(START);
  }

  /** Where the key of a field was written, else where its value (or nearest ancestor) was. */
  SourcePosition keyPosition(String path) {
    SourcePosition key = keys.get(path);
    return key != null ? key : nearest(path);
  }

  DeclarationReadException error(
      Reason problem, FieldPath path, String detail, List<String> suggestions) {
    String rendered = path.toString();
    if (problem == Reason.UNKNOWN_FIELD || problem == Reason.MISSING_FIELD) {
      return new DeclarationReadException(
          problem, sourceMap.file(), keyPosition(rendered), rendered, detail, suggestions, null);
    }
    return new DeclarationReadException(
        problem, sourceMap.file(), nearest(rendered), rendered, detail, suggestions, null);
  }

  /** The name of the file it was read from, as given, or null. */
  public String file() {
    return sourceMap.file();
  }

  /**
   * Reads documents as YAML or JSON (by the file name's extension, else by the content) within some
   * limits; build one per set of limits and share it. Thread-safe.
   */
  public static final class Parsers {
    private final ReadLimits limits;
    private final DocumentParsers parsers;
    private final int maxBytes;

    /**
     * Parsers that enforce the given limits.
     *
     * @param limits the read limits, e.g. {@link ReadLimits#defaults()}
     */
    public Parsers(ReadLimits limits) {
      this.limits = java.util.Objects.requireNonNull(limits, "limits");
      this.parsers = new DocumentParsers(limits);
      this.maxBytes = parsers.maxInputBytes();
    }

    ReadLimits limits() {
      return limits;
    }

    /**
     * Reads a file.
     *
     * @throws DeclarationReadException when it cannot be read or is not one YAML or JSON document
     *     within the limits, located in the file
     */
    public SourceDocument read(Path file) {
      String name = file.toString();
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(maxBytes + 1);
      } catch (IOException e) {
        throw new DeclarationReadException(
            Reason.IO,
            name,
            new SourcePosition(1, 1),
            "",
            "cannot read the file: " + e.getMessage(),
            List.of(),
            e);
      }
      return read(bytes, name);
    }

    /**
     * Reads a stream (not closed).
     *
     * @param file the name to report in errors and to tell YAML from JSON by, or null
     * @throws DeclarationReadException when it cannot be read
     */
    public SourceDocument read(InputStream in, String file) {
      try {
        return read(in.readNBytes(maxBytes + 1), file);
      } catch (IOException e) {
        throw new DeclarationReadException(
            Reason.IO,
            file,
            new SourcePosition(1, 1),
            "",
            "cannot read the input: " + e.getMessage(),
            List.of(),
            e);
      }
    }

    /**
     * Reads text.
     *
     * @param file the name to report in errors and to tell YAML from JSON by, or null
     * @throws DeclarationReadException when it cannot be read
     * @throws IllegalArgumentException when the content is null
     */
    public SourceDocument read(String content, String file) {
      if (content == null) {
        throw new IllegalArgumentException("no content");
      }
      if (content.length() > maxBytes) {
        throw tooLarge(file);
      }
      return read(content.getBytes(StandardCharsets.UTF_8), file);
    }

    private DeclarationReadException tooLarge(String file) {
      return new DeclarationReadException(
          Reason.LIMIT_EXCEEDED,
          file,
          new SourcePosition(1, 1),
          "",
          "the document is larger than the limit of " + maxBytes + " bytes",
          List.of(),
          null);
    }

    private SourceDocument read(byte[] bytes, String file) {
      if (bytes.length > maxBytes) {
        throw tooLarge(file);
      }
      String lower = file == null ? "" : file.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        return parse(bytes, file, true);
      }
      if (lower.endsWith(".yaml") || lower.endsWith(".yml") || !startsLikeJson(bytes)) {
        return parse(bytes, file, false);
      }
      try {
        return parse(bytes, file, true);
      } catch (DeclarationReadException notJson) {
        if (notJson.reason() != Reason.SYNTAX) {
          throw notJson;
        }
        try {
          return parse(bytes, file, false); // YAML flow style, e.g. {kind: udf}
        } catch (DeclarationReadException notYamlEither) {
          throw notJson;
        }
      }
    }

    private SourceDocument parse(byte[] bytes, String file, boolean asJson) {
      Walker walker =
          new Walker(
              file,
              limits,
              asJson ? null : new ScalarAnchors(new String(bytes, StandardCharsets.UTF_8)));
      try (JsonParser parser = parsers.parser(bytes, asJson)) {
        return walker.document(parser);
      } catch (DeclarationReadException e) {
        throw e;
      } catch (StreamConstraintsException e) {
        throw walker.failure(Reason.LIMIT_EXCEEDED, e);
      } catch (JsonProcessingException e) {
        throw walker.failure(Reason.SYNTAX, e);
      } catch (IOException | RuntimeException e) {
        // SnakeYAML reports some limits (code points, nesting, aliases) as its own exceptions
        String message = String.valueOf(e.getMessage());
        Reason problem =
            message.toLowerCase(Locale.ROOT).contains("limit")
                    || message.contains("exceeds")
                    || message.contains("aliases")
                ? Reason.LIMIT_EXCEEDED
                : Reason.SYNTAX;
        throw walker.failure(problem, e);
      }
    }

    private static boolean startsLikeJson(byte[] bytes) {
      for (byte b : bytes) {
        if (b == '{' || b == '[') {
          return true;
        }
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          return false;
        }
      }
      return false;
    }
  }

  /** Walks the parser's tokens into a tree, recording positions and enforcing the limits. */
  private static final class Walker {
    private final String file;
    private final ReadLimits limits;
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
    private final Map<String, SourcePosition> keys = new LinkedHashMap<>();
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private FieldPath current = FieldPath.root();
    private int aliases;
    private long nodes;

    private final ScalarAnchors scalarAnchors;

    Walker(String file, ReadLimits limits, ScalarAnchors scalarAnchors) {
      this.file = file;
      this.limits = limits;
      this.scalarAnchors = scalarAnchors;
    }

    SourceDocument document(JsonParser parser) throws IOException {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw fail(
            Reason.SYNTAX, FieldPath.root(), new SourcePosition(1, 1), "the document is empty");
      }
      JsonNode root = value(parser, FieldPath.root(), 0);
      JsonToken next = parser.nextToken();
      if (next != null) {
        throw fail(
            Reason.SYNTAX,
            FieldPath.root(),
            position(parser.currentTokenLocation()),
            "expected one document, found more (a second \"---\"?)");
      }
      return new SourceDocument(root, file, positions, keys);
    }

    private JsonNode value(JsonParser parser, FieldPath path, int depth) throws IOException {
      current = path;
      positions.putIfAbsent(path.toString(), position(parser.currentTokenLocation()));
      if (++nodes > limits.maxValuesPerDocument()) {
        throw fail(
            Reason.LIMIT_EXCEEDED,
            path,
            position(parser.currentTokenLocation()),
            "the document has more than " + limits.maxValuesPerDocument() + " values");
      }
      String anchor = anchorOf(parser);
      JsonToken token = parser.currentToken();
      if (anchor == null && scalarAnchors != null && token.isScalarValue()) {
        if (!((YAMLParser) parser).isCurrentAlias()) {
          anchor = scalarAnchors.at(parser.currentTokenLocation());
        }
      }
      JsonNode node;
      switch (token) {
        case START_OBJECT -> node = object(parser, path, depth + 1);
        case START_ARRAY -> node = array(parser, path, depth + 1);
        case VALUE_STRING -> {
          if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            return alias(parser, path, parser.getText());
          }
          String text = parser.getText();
          if (text.length() > limits.maxStringLength()) {
            throw fail(
                Reason.LIMIT_EXCEEDED,
                path,
                position(parser.currentTokenLocation()),
                "a string is longer than the limit of " + limits.maxStringLength() + " characters");
          }
          node = NODES.textNode(text);
        }
        case VALUE_NUMBER_INT -> node = integer(parser);
        case VALUE_NUMBER_FLOAT -> node = decimal(parser);
        case VALUE_TRUE -> node = NODES.booleanNode(true);
        case VALUE_FALSE -> node = NODES.booleanNode(false);
        case VALUE_NULL -> node = NODES.nullNode();
        default -> node = NODES.textNode(parser.getText());
      }
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
      return switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
    }

    private static JsonNode decimal(JsonParser parser) throws IOException {
      try {
        return DecimalNode.valueOf(new BigDecimal(parser.getText().trim()));
      } catch (NumberFormatException notPlain) {
        return NODES.numberNode(parser.getDoubleValue());
      }
    }

    private static String anchorOf(JsonParser parser) throws IOException {
      if (parser instanceof YAMLParser yamlParser && !yamlParser.isCurrentAlias()) {
        Object id = parser.getObjectId();
        return id == null ? null : id.toString();
      }
      return null;
    }

    private JsonNode alias(JsonParser parser, FieldPath path, String name) {
      JsonNode target = anchors.get(name);
      SourcePosition where = position(parser.currentTokenLocation());
      if (target == null) {
        throw fail(Reason.SYNTAX, path, where, "unknown YAML alias \"*" + name + "\"");
      }
      if (++aliases > limits.maxAliases()) {
        throw fail(
            Reason.LIMIT_EXCEEDED,
            path,
            where,
            "the document uses more than " + limits.maxAliases() + " YAML aliases");
      }
      nodes += count(target, limits.maxValuesPerDocument() - nodes + 1);
      if (nodes > limits.maxValuesPerDocument()) {
        throw fail(
            Reason.LIMIT_EXCEEDED,
            path,
            where,
            "expanding YAML aliases gives more than " + limits.maxValuesPerDocument() + " values");
      }
      return target.deepCopy();
    }

    private static long count(JsonNode node, long stopAbove) {
      long total = 1;
      for (JsonNode child : node) {
        total += count(child, stopAbove - total);
        if (total > stopAbove) {
          return total;
        }
      }
      return total;
    }

    private ObjectNode object(JsonParser parser, FieldPath path, int depth) throws IOException {
      checkDepth(parser, path, depth);
      ObjectNode object = NODES.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        FieldPath child = path.child(key);
        SourcePosition at = position(parser.currentTokenLocation());
        if (object.has(key)) {
          throw fail(Reason.DUPLICATE_FIELD, child, at, "duplicate key \"" + key + "\"");
        }
        keys.putIfAbsent(child.toString(), at);
        parser.nextToken();
        object.set(key, value(parser, child, depth));
      }
      return object;
    }

    private ArrayNode array(JsonParser parser, FieldPath path, int depth) throws IOException {
      checkDepth(parser, path, depth);
      ArrayNode array = NODES.arrayNode();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(value(parser, path.index(index++), depth));
      }
      return array;
    }

    private void checkDepth(JsonParser parser, FieldPath path, int depth) {
      if (depth > limits.maxNestingDepth()) {
        throw fail(
            Reason.LIMIT_EXCEEDED,
            path,
            position(parser.currentTokenLocation()),
            "the document nests deeper than the limit of " + limits.maxNestingDepth());
      }
    }

    private SourcePosition position(JsonLocation location) {
      if (location == null || location.getLineNr() < 1) {
        return new SourcePosition(1, 1);
      }
      return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private DeclarationReadException fail(
        Reason problem, FieldPath path, SourcePosition where, String detail) {
      return new DeclarationReadException(
          problem, file, where, path.toString(), detail, List.of(), null);
    }

    DeclarationReadException failure(Reason problem, Exception e) {
      SourcePosition where = new SourcePosition(1, 1);
      String detail = e.getMessage();
      if (e instanceof JsonProcessingException processing) {
        where = position(processing.getLocation());
        detail = processing.getOriginalMessage();
      }
      detail = detail == null ? e.getClass().getSimpleName() : firstLine(detail);
      String prefix =
          problem == Reason.LIMIT_EXCEEDED ? "limit exceeded: " : "not valid YAML or JSON: ";
      return new DeclarationReadException(
          problem, file, where, current.toString(), prefix + detail, List.of(), e);
    }

    /** SnakeYAML's message without its quoted source lines: "while parsing…; expected…". */
    private static String firstLine(String text) {
      StringBuilder out = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
          continue;
        }
        out.append(out.length() == 0 ? "" : "; ").append(line.strip());
      }
      return out.length() == 0 ? text.strip() : out.toString();
    }
  }
}
