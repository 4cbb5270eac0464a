package dev.podwright.kubernetes;

import io.kubernetes.client.custom.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copying walks behind {@link KubernetesModels#deepCopy} and {@link
 * KubernetesModels#canonicalCopy}: one walk each, deciding per field from what {@link ModelClass}
 * resolved once (shared immutable types, nulls a new instance already has). Stateless.
 */
final class ModelCopier {

  private ModelCopier() {}

  static Object copy(Object value, int depth) {
    if (value == null || KubernetesModels.isImmutable(value)) {
      return value;
    }
    KubernetesModels.checkDepth(depth);
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(copy(element, depth + 1));
      }
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        copy.put(copy(entry.getKey(), depth + 1), copy(entry.getValue(), depth + 1));
      }
      return copy;
    }
    if (value instanceof byte[] bytes) {
      return bytes.clone();
    }
    ModelClass model = KubernetesModels.CLASSES.get(value.getClass());
    if (!model.isModel()) {
      throw new IllegalArgumentException("cannot copy a " + model.problem);
    }
    Object copy = newInstance(model, value.getClass());
    ModelField[] fields = model.fieldArray;
    boolean[] nullWhenNew = model.nullWhenNew;
    for (int i = 0; i < fields.length; i++) {
      ModelField field = fields[i];
      Object fieldValue = field.get(value);
      if (fieldValue == null) {
        if (!nullWhenNew[i]) {
          field.set(copy, null);
        }
      } else {
        field.set(
            copy, field.kind == ModelField.Kind.WALKED ? copy(fieldValue, depth + 1) : fieldValue);
      }
    }
    return copy;
  }

  /**
   * A canonical copy made in the same walk as the copy: quantities canonical, and empty lists and
   * maps null where {@code emptyIsUnset} (held by a model field, or at the top).
   */
  static Object canonicalCopy(Object value, boolean emptyIsUnset, int depth) {
    if (value == null) {
      return null;
    }
    if (value instanceof Quantity quantity) {
      return Quantities.canonical(quantity);
    }
    if (KubernetesModels.isImmutable(value)) {
      return value;
    }
    KubernetesModels.checkDepth(depth);
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return emptyIsUnset ? null : new ArrayList<>(0);
      }
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(canonicalCopy(element, false, depth + 1));
      }
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return emptyIsUnset ? null : new LinkedHashMap<>(4);
      }
      Map<Object, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        copy.put(
            copy(entry.getKey(), depth + 1), canonicalCopy(entry.getValue(), false, depth + 1));
      }
      return copy;
    }
    if (value instanceof byte[] bytes) {
      return bytes.clone();
    }
    ModelClass model = KubernetesModels.CLASSES.get(value.getClass());
    if (!model.isModel()) {
      throw new IllegalArgumentException("cannot copy a " + model.problem);
    }
    Object copy = newInstance(model, value.getClass());
    ModelField[] fields = model.fieldArray;
    boolean[] nullWhenNew = model.nullWhenNew;
    for (int i = 0; i < fields.length; i++) {
      ModelField field = fields[i];
      Object fieldValue = field.get(value);
      Object canonical =
          fieldValue == null || field.kind == ModelField.Kind.SHARED
              ? fieldValue
              : canonicalCopy(fieldValue, true, depth + 1);
      if (canonical != null || !nullWhenNew[i]) {
        field.set(copy, canonical);
      }
    }
    return copy;
  }

  private static Object newInstance(ModelClass model, Class<?> type) {
    try {
      return model.constructor.newInstance();
    } catch (ReflectiveOperationException | RuntimeException failed) {
      throw new IllegalArgumentException("cannot create a " + type.getName(), failed);
    }
  }
}
