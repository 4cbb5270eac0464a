package dev.podwright.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path to a field in a Kubernetes object or a Podwright declaration, rendered the way the
 * Kubernetes API server renders it: {@code spec.initContainers[1].volumeMounts[0].name}.
 *
 * <p>Immutable; every method returns a new path. Map keys that are not plain identifiers are
 * rendered in brackets: {@code spec.nodeSelector[kubernetes.io/os]}.
 */
public final class FieldPath {

  private static final FieldPath ROOT = new FieldPath(List.of());

  private final List<String> segments;

  private FieldPath(List<String> segments) {
    this.segments = segments;
  }

  /** The empty path. */
  public static FieldPath root() {
    return ROOT;
  }

  /**
   * A path starting with the given field names, e.g. {@code FieldPath.of("spec", "containers")}.
   *
   * @throws IllegalArgumentException if a name is null or empty
   */
  public static FieldPath of(String... fields) {
    FieldPath path = ROOT;
    for (String field : fields) {
      path = path.child(field);
    }
    return path;
  }

  /**
   * This path followed by a field name.
   *
   * @throws IllegalArgumentException if the name is null or empty
   */
  public FieldPath child(String field) {
    if (field == null || field.isEmpty()) {
      throw new IllegalArgumentException("a field name must not be null or empty");
    }
    return append((segments.isEmpty() ? "" : ".") + field);
  }

  /**
   * This path followed by a list index: {@code containers} becomes {@code containers[2]}.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public FieldPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("a list index must not be negative: " + index);
    }
    return append("[" + index + "]");
  }

  /** This path followed by a map key: {@code resources.limits[cpu]}. */
  public FieldPath key(String key) {
    return append("[" + Objects.requireNonNullElse(key, "") + "]");
  }

  /** This path with the given prefix path in front: {@code spec} + {@code containers[0]}. */
  public FieldPath under(FieldPath prefix) {
    if (prefix.segments.isEmpty()) {
      return this;
    }
    if (segments.isEmpty()) {
      return prefix;
    }
    List<String> joined = new ArrayList<>(prefix.segments);
    String first = segments.get(0);
    joined.add(first.startsWith("[") || first.startsWith(".") ? first : "." + first);
    joined.addAll(segments.subList(1, segments.size()));
    return new FieldPath(List.copyOf(joined));
  }

  /** True for the empty path. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  private FieldPath append(String rendered) {
    List<String> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(rendered);
    return new FieldPath(List.copyOf(next));
  }

  /** The path as the API server prints it; the empty string for the root. */
  @Override
  public String toString() {
    return String.join("", segments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldPath that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
