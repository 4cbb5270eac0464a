package dev.podwright.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one parser setup of every Podwright reader: Jackson's YAML and JSON parser factories
 * configured from one {@link ReadLimits}. The parsers' own limits (Jackson's {@code
 * StreamReadConstraints}, SnakeYAML's {@code LoaderOptions}) sit one above the reader's, as a
 * backstop: the readers' walkers count nesting, string length, aliases and values themselves and
 * refuse first, with a message naming the limit, the path and the position. Repeated keys are left
 * to the walkers too. Built once per set of limits; thread-safe.
 */
public final class DocumentParsers {

  private final ReadLimits limits;
  private final int maxBytes;
  private final YAMLFactory yaml;
  private final JsonFactory json;

  /**
   * Parsers for the given limits.
   *
   * @throws NullPointerException if limits is null
   */
  public DocumentParsers(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.maxBytes = (int) Math.min(limits.maxInputBytes(), Integer.MAX_VALUE - 16);
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth() + 1)
            .maxStringLength(Math.max(limits.maxStringLength(), 1024) + 1)
            .maxDocumentLength(maxBytes + 1L)
            .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(maxBytes + 1);
    loader.setNestingDepthLimit(limits.maxNestingDepth() + 1);
    loader.setMaxAliasesForCollections(Math.max(limits.maxAliases(), 1));
    loader.setAllowDuplicateKeys(true);
    this.yaml =
        YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  /** The limits these parsers were built for. */
  public ReadLimits limits() {
    return limits;
  }

  /** The largest input accepted, in bytes: {@link ReadLimits#maxInputBytes()}, capped to an int. */
  public int maxInputBytes() {
    return maxBytes;
  }

  /** A parser over UTF-8 bytes, as YAML or as JSON. */
  public JsonParser parser(byte[] bytes, boolean asJson) throws IOException {
    return asJson ? json.createParser(bytes) : yaml.createParser(bytes);
  }

  /** A parser over text, as YAML or as JSON. */
  public JsonParser parser(String text, boolean asJson) throws IOException {
    return asJson ? json.createParser(text) : yaml.createParser(text);
  }
}
