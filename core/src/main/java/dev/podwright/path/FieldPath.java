package dev.podwright.path;

import java.util.Objects;

/**
 * A path to a field in a Kubernetes object or a Podwright declaration, rendered the way the
 * Kubernetes API server renders it: {@code spec.initContainers[1].volumeMounts[0].name}.
 *
 * <p>Immutable and cheap to extend: each path points at its parent and holds one segment, so {@link
 * #child}, {@link #index} and {@link #key} cost O(1); the text is built once, when first asked for.
 * Map keys that are not plain identifiers are rendered in brackets: {@code
 * spec.nodeSelector[kubernetes.io/os]}.
 */
public final class FieldPath {

  private static final FieldPath ROOT = new FieldPath(null, null, -1, false);

  private final FieldPath parent;

  /** The field name or map key of this last segment; null for a list index. */
  private final String name;

  /** The list index of this last segment; -1 for a field or a key. */
  private final int index;

  /** True when {@link #name} is a map key, rendered in brackets. */
  private final boolean bracketed;

  /** The whole text, built on first use (racy but benign: a String is safely published). */
  private String rendered;

  private FieldPath(FieldPath parent, String name, int index, boolean bracketed) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.bracketed = bracketed;
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
    return new FieldPath(this, field, -1, false);
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
    return new FieldPath(this, null, index, false);
  }

  /** This path followed by a map key: {@code resources.limits[cpu]}. */
  public FieldPath key(String key) {
    return new FieldPath(this, Objects.requireNonNullElse(key, ""), -1, true);
  }

  /** This path with the given prefix path in front: {@code spec} + {@code containers[0]}. */
  public FieldPath under(FieldPath prefix) {
    if (prefix.isRoot()) {
      return this;
    }
    if (isRoot()) {
      return prefix;
    }
    return new FieldPath(parent.under(prefix), name, index, bracketed);
  }

  /** True for the empty path. */
  public boolean isRoot() {
    return parent == null;
  }

  /** The path as the API server prints it; the empty string for the root. */
  @Override
  public String toString() {
    String text = rendered;
    if (text == null) {
      text = isRoot() ? "" : appendTo(new StringBuilder(64)).toString();
      rendered = text;
    }
    return text;
  }

  private StringBuilder appendTo(StringBuilder out) {
    if (isRoot()) {
      return out;
    }
    String known = rendered;
    if (known != null) {
      return out.append(known);
    }
    parent.appendTo(out);
    if (name == null) {
      return out.append('[').append(index).append(']');
    }
    if (bracketed) {
      return out.append('[').append(name).append(']');
    }
    return parent.isRoot() ? out.append(name) : out.append('.').append(name);
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
