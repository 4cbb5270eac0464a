package dev.podwright.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * What a text is, told from its content without reading it: its syntax ({@link Syntax#JSON} when it
 * starts with <code>{</code> or <code>[</code>, else {@link Syntax#YAML}) and whether it is a
 * Kubernetes {@link Content#MANIFEST manifest} or a Podwright {@link Content#DECLARATION
 * declaration}. Only the first document's top two levels of field names are looked at (values are
 * skipped), so detection is cheap and never fails: text that does not parse is a manifest, and the
 * manifest reader then says why it is unreadable.
 *
 * <p>A declaration is a map without {@code apiVersion} or {@code containers} that has one of the
 * declaration's own top-level fields ({@code sidecars}, {@code mainContainer}, {@code
 * initContainers}, {@code sidecarResourceDefaults}); anything else is a manifest. Hosts that read
 * their own formats (a Numaflow {@code Pipeline}, an HKube algorithm) tell them apart with {@link
 * #apiVersion()}, {@link #kind()} and {@link #hasField(String)}.
 *
 * <p>Immutable; {@link #detect(String)} is thread-safe.
 */
public final class InputFormat {

  /** The syntax of a text. */
  public enum Syntax {
    /** YAML (one or more documents). */
    YAML,
    /** JSON: the text starts with <code>{</code> or <code>[</code>. */
    JSON
  }

  /** What a text holds. */
  public enum Content {
    /** Kubernetes manifests, or anything that is not a declaration. */
    MANIFEST,
    /** A Podwright declaration ({@link dev.podwright.io.declaration.DeclarationReader}). */
    DECLARATION
  }

  /** The fields only a declaration has at its top level. */
  private static final Set<String> DECLARATION_FIELDS =
      Set.of("sidecars", "mainContainer", "initContainers", "sidecarResourceDefaults");

  /** The most field names kept; a first document with more is judged by these. */
  private static final int MAX_FIELDS = 10_000;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(ReadLimits.defaults().maxNestingDepth())
          .maxStringLength(ReadLimits.defaults().maxStringLength())
          .build();

  private static final JsonFactory JSON_FACTORY =
      JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private static final YAMLFactory YAML_FACTORY = yamlFactory();

  private final Syntax syntax;
  private final Content content;

  /** Field name ({@code kind}, {@code runtime_config.init_containers}) to its text, or "". */
  private final Map<String, String> fields;

  private InputFormat(Syntax syntax, Content content, Map<String, String> fields) {
    this.syntax = syntax;
    this.content = content;
    this.fields = fields;
  }

  /**
   * Detects the format of a text.
   *
   * @param text the text (a leading byte-order mark is ignored)
   * @return its format; never null
   * @throws NullPointerException if text is null
   */
  public static InputFormat detect(String text) {
    Objects.requireNonNull(text, "text");
    Syntax syntax = looksLikeJson(text) ? Syntax.JSON : Syntax.YAML;
    Map<String, String> fields = firstDocumentFields(text, syntax);
    boolean declaration =
        fields != null
            && !fields.containsKey("apiVersion")
            && !fields.containsKey("containers")
            && DECLARATION_FIELDS.stream().anyMatch(fields::containsKey);
    return new InputFormat(
        syntax,
        declaration ? Content.DECLARATION : Content.MANIFEST,
        fields == null ? Map.of() : Map.copyOf(fields));
  }

  /** The text's syntax. */
  public Syntax syntax() {
    return syntax;
  }

  /** What the text holds. */
  public Content content() {
    return content;
  }

  /** The first document's {@code apiVersion}, when it is a string. */
  public Optional<String> apiVersion() {
    return text("apiVersion");
  }

  /** The first document's {@code kind}, when it is a string. */
  public Optional<String> kind() {
    return text("kind");
  }

  /**
   * True when the first document is a map with the field: a top-level name ({@code sideCars}) or a
   * name one level down ({@code runtime_config.init_containers}).
   */
  public boolean hasField(String field) {
    return fields.containsKey(field);
  }

  private Optional<String> text(String field) {
    String value = fields.get(field);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  @Override
  public String toString() {
    return syntax + " " + content + kind().map(k -> " (kind " + k + ")").orElse("");
  }

  /**
   * The first document's field names two levels deep, each with its text when it is a scalar; null
   * when the first document is not a map or does not parse.
   */
  private static Map<String, String> firstDocumentFields(String text, Syntax syntax) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (syntax == Syntax.YAML) {
      Map<String, String> scanned = BlockYamlScan.fields(content, MAX_FIELDS);
      if (scanned != null) {
        return scanned.isEmpty() ? null : scanned;
      }
    }
    return parsedFields(content, syntax);
  }

  /** The fields as a parser reads them (see {@link #firstDocumentFields}). */
  static Map<String, String> parsedFields(String content, Syntax syntax) {
    JsonFactory factory = syntax == Syntax.JSON ? JSON_FACTORY : YAML_FACTORY;
    Map<String, String> fields = new LinkedHashMap<>();
    try (JsonParser parser = factory.createParser(content)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      readFields(parser, "", fields, 0);
    } catch (IOException | RuntimeException unparsable) {
      // partial fields are still a hint (a document broken late in the file)
      return fields.isEmpty() ? null : fields;
    }
    return fields;
  }

  /** Reads the fields of the object the parser is in, up to its end. */
  private static void readFields(
      JsonParser parser, String prefix, Map<String, String> fields, int depth) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = prefix + parser.currentName();
      JsonToken value = parser.nextToken();
      if (fields.size() < MAX_FIELDS) {
        fields.putIfAbsent(name, value.isScalarValue() ? parser.getText() : "");
      }
      if (value == JsonToken.START_OBJECT && depth == 0) {
        readFields(parser, name + ".", fields, depth + 1);
      } else {
        parser.skipChildren();
      }
    }
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(Math.max(1, ReadLimits.defaults().maxAliases()));
    loader.setNestingDepthLimit(ReadLimits.defaults().maxNestingDepth());
    loader.setAllowDuplicateKeys(true);
    return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(CONSTRAINTS).build();
  }
}
