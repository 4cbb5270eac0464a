package dev.podwright.io.declaration;

import dev.podwright.io.SourcePosition;
import dev.podwright.path.FieldPath;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of a declaration (or of a platform document) was written: for a path such as
 * {@code sidecars[1].volumeMounts[0].mountPath} the position of its value, so that validation can
 * point into the file. Same lookups as the manifest reader's {@link dev.podwright.io.SourceMap},
 * plus the file name. Map keys may be written either way, {@code resources.limits[cpu]} or {@code
 * resources.limits.cpu}. Values reached through a YAML alias have the alias's position.
 *
 * <p>Environment variables written as a {@code KEY: value} map are found both as {@code env.KEY}
 * and as {@code env[i]} (with {@code env[i].name} and {@code env[i].value}), the list form they
 * become. Immutable and thread-safe.
 */
public final class SourceMap {

  private static final SourceMap EMPTY = new SourceMap(null, Map.of());

  private final String file;
  private final dev.podwright.io.SourceMap positions;

  SourceMap(String file, Map<String, SourcePosition> positions) {
    this.file = file;
    this.positions = dev.podwright.io.SourceMap.of(positions);
  }

  /** A map that knows no positions. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /** The file name the document was read from, or null when the caller gave none. */
  public String file() {
    return file;
  }

  /** The position of the value at the path, if the document has that path. */
  public Optional<SourcePosition> find(String path) {
    return path == null ? Optional.empty() : positions.find(path);
  }

  /** The position of the value at the path, if the document has that path. */
  public Optional<SourcePosition> find(FieldPath path) {
    return path == null ? Optional.empty() : positions.find(path);
  }

  /**
   * The position of the value at the path or, when the document does not have it (a missing field),
   * of its nearest ancestor that it has. Empty only when not even the root is known.
   */
  public Optional<SourcePosition> findNearest(String path) {
    return path == null ? Optional.empty() : positions.findNearest(path);
  }

  /** The position of the value at the path or its nearest ancestor; see {@link #findNearest}. */
  public Optional<SourcePosition> findNearest(FieldPath path) {
    return path == null ? Optional.empty() : positions.findNearest(path);
  }

  /** How many paths this map knows. */
  public int size() {
    return positions.size();
  }

  /** The nearest position, or the document start. */
  SourcePosition nearest(String path) {
    return findNearest(path).orElse(new SourcePosition(1, 1));
  }

  /** Map keys in brackets become dotted names; list indexes stay in brackets. */
  static String normalize(String path) {
    return dev.podwright.io.SourceMap.normalize(path);
  }

  @Override
  public String toString() {
    return "SourceMap[" + file + ", " + positions.size() + " paths]";
  }
}
