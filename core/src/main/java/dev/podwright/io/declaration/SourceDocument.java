package dev.podwright.io.declaration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.podwright.io.DocumentParsers;
import dev.podwright.io.DocumentWalker;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.ReadLimits;
import dev.podwright.io.ScalarAnchors;
import dev.podwright.io.SourceMap;
import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.path.FieldPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
      ScalarAnchors anchors =
          asJson ? null : new ScalarAnchors(new String(bytes, StandardCharsets.UTF_8));
      DocumentWalker walker = null;
      try (JsonParser parser = parsers.parser(bytes, asJson)) {
        walker = new DocumentWalker(parser, limits, file, 0, anchors, true, true);
        if (parser.nextToken() == null) {
          throw new DeclarationReadException(
              Reason.SYNTAX, file, START, "", "the document is empty", List.of(), null);
        }
        JsonNode root = walker.readDocument();
        if (parser.nextToken() != null) {
          throw new DeclarationReadException(
              Reason.SYNTAX,
              file,
              DocumentWalker.position(parser.currentTokenLocation()),
              "",
              "expected one document, found more (a second \"---\"?)",
              List.of(),
              null);
        }
        return new SourceDocument(root, file, walker.values(), walker.keys());
      } catch (DeclarationReadException e) {
        throw e;
      } catch (ManifestReadException refused) {
        throw translate(refused, file);
      } catch (StreamConstraintsException e) {
        throw failure(Reason.LIMIT_EXCEEDED, e, file, walker);
      } catch (JsonProcessingException e) {
        throw failure(Reason.SYNTAX, e, file, walker);
      } catch (IOException | RuntimeException e) {
        // SnakeYAML reports some limits (code points, nesting, aliases) as its own exceptions
        String message = String.valueOf(e.getMessage());
        Reason problem =
            message.toLowerCase(Locale.ROOT).contains("limit")
                    || message.contains("exceeds")
                    || message.contains("aliases")
                ? Reason.LIMIT_EXCEEDED
                : Reason.SYNTAX;
        throw failure(problem, e, file, walker);
      }
    }

    /** The walker's refusal (a limit, an unknown alias, a repeated key…) as a declaration's. */
    private static DeclarationReadException translate(ManifestReadException refused, String file) {
      Reason reason =
          switch (refused.reason()) {
            case LIMIT_EXCEEDED -> Reason.LIMIT_EXCEEDED;
            case DUPLICATE_FIELD -> Reason.DUPLICATE_FIELD;
            default -> Reason.SYNTAX;
          };
      SourcePosition where =
          refused.line() > 0 ? new SourcePosition(refused.line(), refused.column()) : START;
      return new DeclarationReadException(
          reason, file, where, refused.path(), refused.detail(), List.of(), refused);
    }

    /** A parser's own failure, at its location and the path being read. */
    private static DeclarationReadException failure(
        Reason problem, Exception e, String file, DocumentWalker walker) {
      SourcePosition where = START;
      String detail = e.getMessage();
      if (e instanceof JsonProcessingException processing) {
        where = DocumentWalker.position(processing.getLocation());
        detail = processing.getOriginalMessage();
      }
      detail = detail == null ? e.getClass().getSimpleName() : firstLine(detail);
      String prefix =
          problem == Reason.LIMIT_EXCEEDED ? "limit exceeded: " : "not valid YAML or JSON: ";
      String path = walker == null ? "" : walker.currentPath();
      return new DeclarationReadException(
          problem, file, where, path, prefix + detail, List.of(), e);
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
}
