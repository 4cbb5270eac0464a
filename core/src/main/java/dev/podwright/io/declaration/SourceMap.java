package dev.podwright.io.declaration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each element of a document was written: a lookup from a document path such as {@code
 * sidecars[1].volumeMounts[0].mountPath} to its line and column, so that validation can point at
 * the file. Fields are located at their key, list entries at their first token. Immutable.
 *
 * <p>Environment variables written as a {@code KEY: value} map are located both as {@code env.KEY}
 * and as {@code env[i]} (with {@code env[i].name} and {@code env[i].value}), the list form they
 * become.
 */
public final class SourceMap {

  /** A map that knows nothing. */
  public static final SourceMap EMPTY = new SourceMap(null, Map.of());

  private final String file;
  private final Map<String, SourcePosition> positions;

  SourceMap(String file, Map<String, SourcePosition> positions) {
    this.file = file;
    this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
  }

  /** The file name the document was read from, or null. */
  public String file() {
    return file;
  }

  /** The position of exactly this path, if it was written in the document. */
  public Optional<SourcePosition> find(String path) {
    return Optional.ofNullable(positions.get(path == null ? "" : path));
  }

  /**
   * The position of this path or, when it was not written (a missing field, an element expanded
   * from a YAML alias), of its nearest written ancestor; the document start when none is.
   */
  public SourcePosition nearest(String path) {
    String current = path == null ? "" : path;
    while (true) {
      SourcePosition found = positions.get(current);
      if (found != null) {
        return found;
      }
      if (current.isEmpty()) {
        return new SourcePosition(file, 1, 1);
      }
      current = parent(current);
    }
  }

  /** Every located path, in document order. */
  public Set<String> paths() {
    return positions.keySet();
  }

  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  @Override
  public String toString() {
    return "SourceMap[" + file + ", " + positions.size() + " paths]";
  }
}
