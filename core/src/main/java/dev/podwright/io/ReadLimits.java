package dev.podwright.io;

/**
 * Limits that keep {@link ManifestReader} safe on hostile input. Each violation is reported as a
 * {@link ManifestReadException} with reason {@link ManifestReadException.Reason#LIMIT_EXCEEDED}
 * naming the limit and how to raise it.
 *
 * <p>The {@linkplain #defaults() defaults} are far above any real workload manifest:
 *
 * <ul>
 *   <li>{@code maxInputBytes} = 4 MiB (4,194,304): the size of the whole input (all documents of a
 *       stream together), in UTF-8 bytes;
 *   <li>{@code maxNestingDepth} = 64: nested maps and lists (a Deployment's deepest pod-spec field
 *       is about 12 levels down);
 *   <li>{@code maxAliases} = 50: YAML aliases ({@code *name}) per document, which guards against
 *       "billion laughs" alias bombs;
 *   <li>{@code maxStringLength} = 1 MiB (1,048,576 characters): one string value or key;
 *   <li>{@code maxDocuments} = 1000: documents in one YAML stream or JSON sequence;
 *   <li>{@code maxValuesPerDocument} = 500,000: maps, lists and scalars in one document after alias
 *       expansion.
 * </ul>
 *
 * @param maxInputBytes the largest input accepted, in bytes
 * @param maxNestingDepth the deepest nesting of maps and lists accepted
 * @param maxAliases the most YAML aliases accepted in one document
 * @param maxStringLength the longest string (value or key) accepted, in characters
 * @param maxDocuments the most documents accepted in one input
 * @param maxValuesPerDocument the most values (after alias expansion) accepted in one document
 */
public record ReadLimits(
    long maxInputBytes,
    int maxNestingDepth,
    int maxAliases,
    int maxStringLength,
    int maxDocuments,
    int maxValuesPerDocument) {

  private static final ReadLimits DEFAULTS =
      new ReadLimits(4L * 1024 * 1024, 64, 50, 1024 * 1024, 1000, 500_000);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive ({@code maxAliases} may be 0, which
   *     refuses every alias)
   */
  public ReadLimits {
    if (maxInputBytes < 1
        || maxNestingDepth < 1
        || maxAliases < 0
        || maxStringLength < 1
        || maxDocuments < 1
        || maxValuesPerDocument < 1) {
      throw new IllegalArgumentException(
          "read limits must be positive (maxAliases may be 0): " + this);
    }
  }

  /** The default limits listed above. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with another input size limit, in bytes. */
  public ReadLimits withMaxInputBytes(long bytes) {
    return new ReadLimits(
        bytes, maxNestingDepth, maxAliases, maxStringLength, maxDocuments, maxValuesPerDocument);
  }

  /** These limits with another nesting depth limit. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(
        maxInputBytes, depth, maxAliases, maxStringLength, maxDocuments, maxValuesPerDocument);
  }

  /** These limits with another alias limit. */
  public ReadLimits withMaxAliases(int aliases) {
    return new ReadLimits(
        maxInputBytes,
        maxNestingDepth,
        aliases,
        maxStringLength,
        maxDocuments,
        maxValuesPerDocument);
  }

  /** These limits with another string length limit, in characters. */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(
        maxInputBytes, maxNestingDepth, maxAliases, length, maxDocuments, maxValuesPerDocument);
  }

  /** These limits with another document count limit. */
  public ReadLimits withMaxDocuments(int documents) {
    return new ReadLimits(
        maxInputBytes,
        maxNestingDepth,
        maxAliases,
        maxStringLength,
        documents,
        maxValuesPerDocument);
  }

  /** These limits with another limit on values per document. */
  public ReadLimits withMaxValuesPerDocument(int values) {
    return new ReadLimits(
        maxInputBytes, maxNestingDepth, maxAliases, maxStringLength, maxDocuments, values);
  }
}
