package dev.podwright.io;

import dev.podwright.path.FieldPath;
import java.util.Map;
import java.util.Optional;

/**
 * Where each field of one manifest document sits in the text: for a path such as {@code
 * spec.containers[1].image} the position of its value. Paths are counted from the document root (so
 * a Deployment's container is {@code spec.template.spec.containers[0]}); map keys may be written
 * either way, {@code resources.limits[cpu]} or {@code resources.limits.cpu}.
 *
 * <p>The one source map of every Podwright reader: a declaration's (or a platform document's) also
 * knows its {@link #file()}, and there environment variables written as a {@code KEY: value} map
 * are found both as {@code env.KEY} and as {@code env[i]} (with {@code env[i].name} and {@code
 * env[i].value}), the list form they become.
 *
 * <p>Values reached through a YAML alias have the alias's position. Immutable and thread-safe.
 */
public final class SourceMap {

  private static final SourceMap EMPTY = new SourceMap(null, Map.of());

  private final String file;
  private final Map<String, SourcePosition> positions;

  SourceMap(Map<String, SourcePosition> positions) {
    this(null, positions);
  }

  private SourceMap(String file, Map<String, SourcePosition> positions) {
    this.file = file;
    this.positions = Map.copyOf(positions);
  }

  /** A map that knows no positions. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * A map of the given positions, keyed by paths in {@linkplain #normalize lookup form}; for
   * readers of other document formats built on this package.
   */
  public static SourceMap of(Map<String, SourcePosition> positions) {
    return positions.isEmpty() ? EMPTY : new SourceMap(positions);
  }

  /**
   * A map of the given positions in the named file, keyed by paths in {@linkplain #normalize lookup
   * form}.
   *
   * @param file the file name the document was read from, or null
   */
  public static SourceMap of(String file, Map<String, SourcePosition> positions) {
    return file == null && positions.isEmpty() ? EMPTY : new SourceMap(file, positions);
  }

  /** The file name the document was read from, or null when the reader was given none. */
  public String file() {
    return file;
  }

  /** The position of the value at the path, if the document has that path. */
  public Optional<SourcePosition> find(String path) {
    return path == null ? Optional.empty() : Optional.ofNullable(positions.get(normalize(path)));
  }

  /** The position of the value at the path, if the document has that path. */
  public Optional<SourcePosition> find(FieldPath path) {
    return path == null ? Optional.empty() : find(path.toString());
  }

  /**
   * The position of the value at the path or, when the document does not have it (a missing field),
   * of its nearest ancestor that it has. Empty only when not even the root is known.
   */
  public Optional<SourcePosition> findNearest(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String current = normalize(path);
    while (true) {
      SourcePosition position = positions.get(current);
      if (position != null) {
        return Optional.of(position);
      }
      if (current.isEmpty()) {
        return Optional.empty();
      }
      current = parent(current);
    }
  }

  /** The position of the value at the path or its nearest ancestor; see {@link #findNearest}. */
  public Optional<SourcePosition> findNearest(FieldPath path) {
    return path == null ? Optional.empty() : findNearest(path.toString());
  }

  /** How many paths this map knows. */
  public int size() {
    return positions.size();
  }

  /**
   * Two maps are equal when they are of the same file and know the same paths at the same
   * positions.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceMap that
        && java.util.Objects.equals(file, that.file)
        && positions.equals(that.positions);
  }

  @Override
  public int hashCode() {
    return positions.hashCode();
  }

  @Override
  public String toString() {
    return "SourceMap[" + file + ", " + positions.size() + " paths]";
  }

  /**
   * The lookup form of a path: map keys in brackets become dotted names, list indexes stay in
   * brackets: {@code resources.limits[cpu]} becomes {@code resources.limits.cpu}.
   */
  public static String normalize(String path) {
    if (path.indexOf('[') < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length());
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      int close = c == '[' ? path.indexOf(']', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String inside = path.substring(i + 1, close);
      if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit)) {
        out.append('[').append(inside).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(inside);
      }
      i = close + 1;
    }
    return out.toString();
  }

  static String child(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
