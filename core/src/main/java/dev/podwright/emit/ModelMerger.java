package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.kubernetes.MergeKey;
import dev.podwright.kubernetes.MergeKeys;
import dev.podwright.kubernetes.ModelField;
import dev.podwright.model.Precedence;
import dev.podwright.path.FieldPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Overlays one official model object onto another without losing anything: every field of the model
 * class is merged (found by reflection, so fields the models gain later are merged too, never a
 * hand-picked list).
 *
 * <ul>
 *   <li>unset incoming (null, empty list, empty map) keeps the base; unset base takes the incoming
 *       value; values that mean the same ({@link KubernetesModels#sameMeaning}: quantities by
 *       value, {@code 0.5} equals {@code 500m}) keep the base;
 *   <li>lists with a Kubernetes merge key ({@link MergeKeys}: env by name, ports by containerPort
 *       and protocol, volumeMounts by mountPath, …) merge entry by entry: an entry whose key the
 *       base lacks is appended in incoming order; an entry whose key the base has, with another
 *       value, is a collision on that entry, decided whole. The n-th entry of one key meets the
 *       base's n-th entry of that key, so duplicates pair up in order. Entries without a key (null,
 *       or an unset key field) are appended unless an equal entry is there;
 *   <li>lists without a key and {@linkplain MergeKeys#isAtomic atomic} values (probes, lifecycle,
 *       one-of sources, {@code nodeSelector}) are compared whole;
 *   <li>maps merge key by key, each value compared whole ({@code resources.requests});
 *   <li>other nested model objects ({@code resources}, {@code securityContext}) merge field by
 *       field.
 * </ul>
 *
 * <p>A collision is decided by the precedence: {@link Precedence#FAIL} keeps the base value and
 * records a {@link MergeConflict}; {@link Precedence#OVERRIDE} takes the incoming value; {@link
 * Precedence#KEEP_EXISTING} keeps the base value. Every collision is recorded as a {@link
 * Collision}, in the order met.
 *
 * <p>One instance per emission; it collects state and is not thread-safe, by design. Both objects
 * handed to {@link #merge} belong to the caller: the base is changed in place and incoming values
 * (not copies) become part of it.
 */
final class ModelMerger {

  /** How long a value may be in a collision's rendering. */
  private static final int RENDERED_LENGTH = 240;

  /** Deeper than any pod model; only a cyclic graph gets here. */
  private static final int MAX_DEPTH = 256;

  private final Precedence precedence;
  private final List<MergeConflict> conflicts = new ArrayList<>();
  private final List<Collision> collisions = new ArrayList<>();

  ModelMerger(Precedence precedence) {
    this.precedence = Objects.requireNonNull(precedence, "precedence");
  }

  /**
   * Overlays incoming onto base (both owned by the caller; base may be mutated) and returns the
   * merged object.
   *
   * @param path where the objects are, as the API server prints it, e.g. {@code
   *     spec.containers[0]}; prefixes the paths of collisions (empty for none)
   * @throws IllegalArgumentException if a value in either graph is not a Kubernetes model value
   */
  @SuppressWarnings("unchecked")
  <T> T merge(String path, T base, T incoming) {
    FieldPath at = path == null || path.isEmpty() ? FieldPath.root() : FieldPath.root().child(path);
    return (T) value(at, null, null, base, incoming, 0);
  }

  /** The collisions under {@link Precedence#FAIL}, in the order met. */
  List<MergeConflict> conflicts() {
    return Collections.unmodifiableList(conflicts);
  }

  /** Every collision decided, under any precedence, in the order met. */
  List<Collision> collisions() {
    return Collections.unmodifiableList(collisions);
  }

  /**
   * The merged value of one field ({@code owner.field}; both null at the top).
   *
   * @return base (changed in place where it is a model), incoming, or a new list or map
   */
  private Object value(
      FieldPath path, Class<?> owner, String field, Object base, Object incoming, int depth) {
    if (KubernetesModels.isUnset(incoming) || base == incoming) {
      return base;
    }
    if (KubernetesModels.isUnset(base)) {
      return incoming;
    }
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          path + ": models nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
    boolean atomic =
        (owner != null && MergeKeys.isAtomic(owner, field))
            || MergeKeys.isAtomicType(base.getClass())
            || MergeKeys.isAtomicType(incoming.getClass());
    if (!atomic) {
      if (base instanceof List<?> baseList && incoming instanceof List<?> incomingList) {
        Optional<MergeKey> key = owner == null ? Optional.empty() : MergeKeys.of(owner, field);
        if (key.isPresent()) {
          return keyed(path, key.get(), baseList, incomingList);
        }
      } else if (base instanceof Map<?, ?> baseMap && incoming instanceof Map<?, ?> incomingMap) {
        return map(path, baseMap, incomingMap);
      } else if (base.getClass() == incoming.getClass()
          && KubernetesModels.isModel(base.getClass())) {
        model(path, base, incoming, depth);
        return base;
      }
    }
    return KubernetesModels.sameMeaning(base, incoming)
        ? base
        : collide(path, base, incoming, null, null);
  }

  private void model(FieldPath path, Object base, Object incoming, int depth) {
    Class<?> type = base.getClass();
    for (ModelField field : KubernetesModels.fields(type)) {
      Object incomingValue = field.get(incoming);
      if (KubernetesModels.isUnset(incomingValue)) {
        continue;
      }
      Object baseValue = field.get(base);
      Object merged =
          KubernetesModels.isUnset(baseValue)
              ? incomingValue
              : value(
                  path.child(field.jsonName()),
                  type,
                  field.name(),
                  baseValue,
                  incomingValue,
                  depth + 1);
      if (merged != baseValue) {
        field.set(base, merged);
      }
    }
  }

  private List<Object> keyed(FieldPath path, MergeKey key, List<?> base, List<?> incoming) {
    List<Object> merged = new ArrayList<>(base.size() + incoming.size());
    merged.addAll(base);
    Map<Object, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < base.size(); i++) {
      Optional<Object> elementKey = key.keyOf(base.get(i));
      if (elementKey.isPresent()) {
        List<Integer> at = positions.get(elementKey.get());
        if (at == null) {
          at = new ArrayList<>(1);
          positions.put(elementKey.get(), at);
        }
        at.add(i);
      }
    }
    Map<Object, Integer> met = new HashMap<>();
    for (Object element : incoming) {
      Optional<Object> elementKey = key.keyOf(element);
      if (elementKey.isEmpty()) {
        if (!containsSame(merged, element)) {
          merged.add(element);
        }
        continue;
      }
      Object keyValue = elementKey.get();
      int occurrence = met.getOrDefault(keyValue, 0);
      met.put(keyValue, occurrence + 1);
      List<Integer> at = positions.get(keyValue);
      if (at == null || occurrence >= at.size()) {
        merged.add(element);
        continue;
      }
      int index = at.get(occurrence);
      Object existing = merged.get(index);
      if (!KubernetesModels.sameMeaning(existing, element)) {
        merged.set(index, collide(path.index(index), existing, element, key, keyValue));
      }
    }
    return merged;
  }

  private static boolean containsSame(List<Object> values, Object element) {
    for (Object value : values) {
      if (KubernetesModels.sameMeaning(value, element)) {
        return true;
      }
    }
    return false;
  }

  private Map<?, ?> map(FieldPath path, Map<?, ?> base, Map<?, ?> incoming) {
    Map<Object, Object> merged = null;
    for (Map.Entry<?, ?> entry : incoming.entrySet()) {
      Object entryKey = entry.getKey();
      Object incomingValue = entry.getValue();
      if (incomingValue == null) {
        continue;
      }
      Object baseValue = base.get(entryKey);
      Object decided;
      if (baseValue == null) {
        decided = incomingValue;
      } else if (KubernetesModels.sameMeaning(baseValue, incomingValue)) {
        continue;
      } else {
        decided = collide(path.key(String.valueOf(entryKey)), baseValue, incomingValue, null, null);
        if (decided == baseValue) {
          continue;
        }
      }
      if (merged == null) {
        merged = new LinkedHashMap<>(base);
      }
      merged.put(entryKey, decided);
    }
    return merged == null ? base : merged;
  }

  /** Records a collision and returns the value the precedence keeps. */
  private Object collide(
      FieldPath path, Object existing, Object incoming, MergeKey key, Object keyValue) {
    String where = path.toString();
    String existingText = KubernetesModels.describe(existing, RENDERED_LENGTH);
    String incomingText = KubernetesModels.describe(incoming, RENDERED_LENGTH);
    collisions.add(new Collision(where, existingText, incomingText, precedence));
    if (precedence == Precedence.OVERRIDE) {
      return incoming;
    }
    if (precedence == Precedence.FAIL) {
      String what =
          key == null
              ? "set to " + existingText + " and to " + incomingText
              : key.describe()
                  + ": \""
                  + keyValue
                  + "\" is defined twice, as "
                  + existingText
                  + " and as "
                  + incomingText;
      conflicts.add(
          new MergeConflict(
              where,
              existingText,
              incomingText,
              what
                  + "; set it in one place only, or choose Precedence.OVERRIDE (the incoming"
                  + " value wins) or Precedence.KEEP_EXISTING (the existing value is kept)."));
    }
    return existing;
  }
}
