package dev.podwright.kubernetes;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lossless toolkit for the official Kubernetes model objects ({@code
 * io.kubernetes.client.openapi.models}), which are mutable beans: deep copies, the canonical form
 * in which unset stays unset, comparison by meaning, a compact rendering for messages, and the
 * properties of a model class. No Jackson: the properties are discovered by reflection (every
 * private field with a public getter and setter, so fields the models gain later are handled too)
 * and cached per class.
 *
 * <p>Values handled: model objects, {@link List}s (copied as {@link ArrayList}, order kept), {@link
 * Map}s (copied as {@link LinkedHashMap}, order kept), {@code byte[]}, and immutable values that
 * are shared, never copied: strings, boxed primitives, {@link BigDecimal}, {@link BigInteger},
 * {@link Quantity}, {@link IntOrString}, {@code java.time} values, {@link UUID} and enums. Anything
 * else is refused with an {@link IllegalArgumentException} naming its class.
 *
 * <p>Stateless and thread-safe.
 */
public final class KubernetesModels {

  /** Deeper than any real model graph; only a cycle through an untyped field gets here. */
  static final int MAX_DEPTH = 256;

  static final ClassValue<ModelClass> CLASSES =
      new ClassValue<>() {
        @Override
        protected ModelClass computeValue(Class<?> type) {
          return ModelClass.of(type);
        }
      };

  private KubernetesModels() {}

  /** True when the class is an official model class these methods can handle. */
  public static boolean isModel(Class<?> type) {
    return type != null && CLASSES.get(type).isModel();
  }

  /**
   * The properties of a model class, in declaration order: every private non-static field with a
   * public getter and setter.
   *
   * @throws IllegalArgumentException if the class is not a model class this toolkit can handle
   */
  public static List<ModelField> fields(Class<?> modelClass) {
    return model(modelClass).fields;
  }

  /** The property of a model class with the given Java field name, if there is one. */
  static Optional<ModelField> field(Class<?> modelClass, String name) {
    ModelClass model = CLASSES.get(modelClass);
    return Optional.ofNullable(model.byName.get(name));
  }

  private static ModelClass model(Class<?> type) {
    ModelClass model = CLASSES.get(type);
    if (!model.isModel()) {
      throw new IllegalArgumentException(model.problem);
    }
    return model;
  }

  /**
   * A deep copy of a model object, list or map (or null for null): it {@code equals} the original
   * exactly (null and empty lists are kept as they are) and shares no mutable object with it.
   *
   * @throws IllegalArgumentException naming the class of a value in the graph that is neither a
   *     model nor a value listed in the class description
   */
  @SuppressWarnings("unchecked")
  public static <T> T deepCopy(T model) {
    return (T) ModelCopier.copy(model, 0);
  }

  /** True for the values that are shared, never copied. */
  static boolean isImmutable(Object value) {
    return value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double
        || value instanceof Float
        || value instanceof Short
        || value instanceof Byte
        || value instanceof Character
        || value instanceof BigDecimal
        || value instanceof BigInteger
        || value instanceof Quantity
        || value instanceof IntOrString
        || value instanceof TemporalAccessor
        || value instanceof UUID
        || value instanceof Enum<?>;
  }

  /**
   * Brings a model object into canonical form, in place, and returns it: every empty list and every
   * empty map held by a model field, at any depth, becomes null (the official models start lists
   * empty; Kubernetes omits empty ones, so a spec read back from YAML has null there), and every
   * {@link Quantity} becomes its {@linkplain Quantities#canonical canonical} equal ({@code 0.5}
   * becomes {@code 500m}, as the API server prints it). Empty strings and empty objects ({@code
   * emptyDir: {}}) are kept: they carry meaning. Lists and maps nested directly in lists or maps
   * are not nulled (a map entry whose value is {@code []} keeps its key).
   *
   * @throws IllegalArgumentException if the argument is not a model object (lists, maps and
   *     quantities have {@link #canonicalCopy}), or naming the class of a value in the graph that
   *     is not a model or a value listed in the class description
   */
  public static <T> T canonicalize(T model) {
    if (model != null) {
      if (!isModel(model.getClass())) {
        throw new IllegalArgumentException(
            "canonicalize changes a model object in place; for a "
                + model.getClass().getName()
                + " use canonicalCopy");
      }
      canonical(model, false, 0);
    }
    return model;
  }

  /**
   * A canonical deep copy: {@code canonicalize(deepCopy(model))} for a model object; for a list,
   * map or quantity its canonical copy (null for an empty list or map). The argument is not
   * changed.
   *
   * @throws IllegalArgumentException as {@link #deepCopy} and {@link #canonicalize} do
   */
  @SuppressWarnings("unchecked")
  public static <T> T canonicalCopy(T model) {
    return (T) ModelCopier.canonicalCopy(model, true, 0);
  }

  /**
   * The canonical replacement of a value: the value itself (changed in place) where it is a model,
   * else a new value, or null for an empty list or map when {@code emptyIsUnset}.
   */
  private static Object canonical(Object value, boolean emptyIsUnset, int depth) {
    if (value == null) {
      return null;
    }
    if (value instanceof Quantity quantity) {
      return Quantities.canonical(quantity);
    }
    if (isImmutable(value) || value instanceof byte[]) {
      return value;
    }
    checkDepth(depth);
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return emptyIsUnset ? null : list;
      }
      List<Object> changed = null;
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        Object canonical = canonical(element, false, depth + 1);
        if (canonical != element && changed == null) {
          changed = new ArrayList<>(list);
        }
        if (changed != null) {
          changed.set(i, canonical);
        }
      }
      return changed == null ? list : changed;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return emptyIsUnset ? null : map;
      }
      Map<Object, Object> changed = null;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object element = entry.getValue();
        Object canonical = canonical(element, false, depth + 1);
        if (canonical != element && changed == null) {
          changed = new LinkedHashMap<>(map);
        }
        if (changed != null) {
          changed.put(entry.getKey(), canonical);
        }
      }
      return changed == null ? map : changed;
    }
    ModelClass model = CLASSES.get(value.getClass());
    if (!model.isModel()) {
      throw new IllegalArgumentException("cannot canonicalize a " + model.problem);
    }
    for (ModelField field : model.fields) {
      Object current = field.get(value);
      Object canonical = canonical(current, true, depth + 1);
      if (canonical != current) {
        field.set(value, canonical);
      }
    }
    return value;
  }

  /**
   * True when two values mean the same to Kubernetes: null, an empty list and an empty map are all
   * unset; quantities are compared by value ({@code 0.5} equals {@code 500m}, {@code 1Gi} equals
   * {@code 1024Mi}); lists element by element in order; maps entry by entry; model objects of one
   * class field by field; anything else by {@code equals}. Neither argument is changed.
   */
  public static boolean sameMeaning(Object a, Object b) {
    return same(a, b, 0);
  }

  private static boolean same(Object a, Object b, int depth) {
    if (a == b) {
      return true;
    }
    if (isUnset(a) || isUnset(b)) {
      return isUnset(a) && isUnset(b);
    }
    if (a instanceof Quantity left && b instanceof Quantity right) {
      return left.equals(right) || Quantities.sameValue(left, right);
    }
    checkDepth(depth);
    if (a instanceof List<?> left && b instanceof List<?> right) {
      if (left.size() != right.size()) {
        return false;
      }
      Iterator<?> others = right.iterator();
      for (Object element : left) {
        if (!same(element, others.next(), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
      if (left.size() != right.size()) {
        return false;
      }
      for (Map.Entry<?, ?> entry : left.entrySet()) {
        if (!right.containsKey(entry.getKey())
            || !same(entry.getValue(), right.get(entry.getKey()), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (a.getClass() == b.getClass() && !isImmutable(a)) {
      ModelClass model = CLASSES.get(a.getClass());
      if (model.isModel()) {
        for (ModelField field : model.fields) {
          if (!same(field.get(a), field.get(b), depth + 1)) {
            return false;
          }
        }
        return true;
      }
    }
    return a.equals(b);
  }

  /** True for null, an empty list and an empty map: what Kubernetes treats as not set. */
  public static boolean isUnset(Object value) {
    return value == null
        || (value instanceof List<?> list && list.isEmpty())
        || (value instanceof Map<?, ?> map && map.isEmpty());
  }

  /**
   * A compact one-line rendering of a value for messages, with unset fields left out: {@code {name:
   * "LOG_LEVEL", value: "debug"}}, {@code ["sh", "-c"]}, {@code 500m}. At most {@code maxLength}
   * characters (longer renderings end in {@code …}).
   */
  public static String describe(Object value, int maxLength) {
    StringBuilder out = new StringBuilder(Math.min(64, Math.max(16, maxLength)));
    describe(value, out, maxLength, 0);
    if (out.length() > maxLength) {
      out.setLength(Math.max(0, maxLength - 1));
      out.append('…');
    }
    return out.toString();
  }

  private static void describe(Object value, StringBuilder out, int maxLength, int depth) {
    if (out.length() > maxLength) {
      return;
    }
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      out.append('"').append(text).append('"');
    } else if (value instanceof Quantity quantity) {
      out.append(quantityText(quantity));
    } else if (value instanceof List<?> list) {
      out.append('[');
      String separator = "";
      for (Object element : list) {
        out.append(separator);
        describe(element, out, maxLength, depth + 1);
        separator = ", ";
        if (out.length() > maxLength) {
          return;
        }
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator).append(entry.getKey()).append(": ");
        describe(entry.getValue(), out, maxLength, depth + 1);
        separator = ", ";
        if (out.length() > maxLength) {
          return;
        }
      }
      out.append('}');
    } else if (value instanceof byte[] bytes) {
      out.append(bytes.length).append(" bytes");
    } else if (depth < MAX_DEPTH && isModel(value.getClass())) {
      out.append('{');
      String separator = "";
      for (ModelField field : CLASSES.get(value.getClass()).fields) {
        Object fieldValue = field.get(value);
        if (!isUnset(fieldValue)) {
          out.append(separator).append(field.jsonName()).append(": ");
          describe(fieldValue, out, maxLength, depth + 1);
          separator = ", ";
          if (out.length() > maxLength) {
            return;
          }
        }
      }
      out.append('}');
    } else {
      out.append(value);
    }
  }

  private static String quantityText(Quantity quantity) {
    try {
      return quantity.getNumber() == null ? String.valueOf(quantity) : quantity.toSuffixedString();
    } catch (RuntimeException unprintable) {
      return String.valueOf(quantity.getNumber());
    }
  }

  static void checkDepth(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "a model graph nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
  }
}
