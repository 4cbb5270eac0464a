package dev.podwright.emit;

import dev.podwright.model.Owner;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each container, volume, env var and volume mount of an emitted pod spec came from, and
 * which precedence decided each collision: what a host logs or shows when a reviewer asks "which
 * step set this field, and why". Immutable; origins are in the spec's order.
 */
public final class Provenance {

  /** The facts origins are rendered from on first use; null when the origins were given. */
  private final ProvenanceSnapshot snapshot;

  private final List<Collision> collisions;

  /** The rendered origins and their index, made once (a race makes equal ones, harmlessly). */
  private volatile Rendered rendered;

  /** Origins in spec order and indexed by path. */
  private static final class Rendered {
    final List<Origin> origins;
    final Map<String, Origin> byPath;

    Rendered(List<Origin> origins) {
      Map<String, Origin> index = new LinkedHashMap<>();
      for (Origin origin : origins) {
        index.put(origin.path(), origin);
      }
      this.byPath = Collections.unmodifiableMap(index);
      this.origins = List.copyOf(origins);
    }
  }

  Provenance(List<Origin> origins, List<Collision> collisions) {
    this.snapshot = null;
    this.rendered = new Rendered(origins);
    this.collisions = List.copyOf(collisions);
  }

  /** Origins rendered from the snapshot when first asked for. */
  Provenance(ProvenanceSnapshot snapshot, List<Collision> collisions) {
    this.snapshot = snapshot;
    this.collisions = List.copyOf(collisions);
  }

  private Rendered rendered() {
    Rendered current = rendered;
    if (current == null) {
      current = new Rendered(snapshot.origins());
      rendered = current;
    }
    return current;
  }

  /** No origins, no collisions. */
  public static Provenance empty() {
    return new Provenance(List.of(), List.of());
  }

  /** Every origin, in the spec's order (containers, their env and mounts, then volumes). */
  public List<Origin> origins() {
    return rendered().origins;
  }

  /** Every collision decided during emission, in the order they were met. */
  public List<Collision> collisions() {
    return collisions;
  }

  /**
   * The origin of the element at this path, or of the nearest enclosing element that has one:
   * {@code spec.containers[0].image} gives the container's origin.
   */
  public Optional<Origin> originOf(String path) {
    String current = path;
    while (current != null) {
      Origin origin = rendered().byPath.get(current);
      if (origin != null) {
        return Optional.of(origin);
      }
      current = parent(current);
    }
    return Optional.empty();
  }

  /**
   * The declaration path of a spec path: {@code spec.initContainers[2].image} of a sidecar declared
   * as {@code sidecars[0]} is {@code sidecars[0].image}. Empty when the element came from the base
   * spec (or has no origin).
   */
  public Optional<String> declarationPathOf(String specPath) {
    if (specPath == null) {
      return Optional.empty();
    }
    Optional<Origin> found = originOf(specPath);
    if (found.isEmpty() || found.get().declarationPath() == null) {
      return Optional.empty();
    }
    Origin origin = found.get();
    return Optional.of(origin.declarationPath() + specPath.substring(origin.path().length()));
  }

  /** The owner of the container at this path (or enclosing it), if known. */
  public Optional<Owner> ownerOf(String specPath) {
    Optional<Origin> found = originOf(specPath);
    return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get().owner());
  }

  /** One line per origin, then one per collision: for logs and reviews. */
  public String render() {
    StringBuilder text = new StringBuilder();
    for (Origin origin : origins()) {
      text.append(origin).append('\n');
    }
    for (Collision collision : collisions) {
      text.append("collision ").append(collision).append('\n');
    }
    return text.toString();
  }

  private static String parent(String path) {
    int end = path.length();
    if (end > 0 && path.charAt(end - 1) == ']') {
      int open = path.lastIndexOf('[');
      return open > 0 ? path.substring(0, open) : null;
    }
    int dot = path.lastIndexOf('.');
    return dot > 0 ? path.substring(0, dot) : null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Provenance that
        && origins().equals(that.origins())
        && collisions.equals(that.collisions);
  }

  @Override
  public int hashCode() {
    return 31 * origins().hashCode() + collisions.hashCode();
  }

  @Override
  public String toString() {
    return render();
  }
}
