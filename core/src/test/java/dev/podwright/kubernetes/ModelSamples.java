package dev.podwright.kubernetes;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills every field of an official model class, discovered by reflection, with a non-default value
 * tagged with a label, recursively for nested models (to a bounded depth), so tests can prove that
 * every field survives.
 */
public final class ModelSamples {

  private final String label;
  private final int maxDepth;
  private int counter;

  /**
   * @param label tags every string, so two samples of one class differ in every field
   * @param maxDepth how deep nested models are filled (deeper ones are left empty)
   */
  public ModelSamples(String label, int maxDepth) {
    this.label = label;
    this.maxDepth = maxDepth;
  }

  /** A new object of the model class with every field set. */
  @SuppressWarnings("unchecked")
  public <T> T fill(Class<T> type) {
    return (T) model(type, 0);
  }

  private Object model(Class<?> type, int depth) {
    try {
      Object model = type.getConstructor().newInstance();
      if (depth >= maxDepth) {
        return model;
      }
      for (ModelField field : KubernetesModels.fields(type)) {
        field.set(model, sample(field.genericType(), field.name(), depth + 1));
      }
      return model;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object sample(Type type, String name, int depth) {
    int n = ++counter;
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == List.class) {
        List<Object> list = new ArrayList<>();
        list.add(sample(arguments[0], name, depth));
        return list;
      }
      Map<Object, Object> map = new LinkedHashMap<>();
      map.put(name + "-key-" + label, sample(arguments[1], name, depth));
      return map;
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return name + "-" + label + "-" + n;
    } else if (raw == Boolean.class) {
      return Boolean.TRUE;
    } else if (raw == Integer.class) {
      return 100 + n;
    } else if (raw == Long.class) {
      return 1000L + n;
    } else if (raw == Double.class) {
      return 0.5 + n;
    } else if (raw == Quantity.class) {
      return Quantity.fromString((n % 900 + 1) + "Mi");
    } else if (raw == IntOrString.class) {
      return new IntOrString(8000 + n);
    } else if (raw == OffsetDateTime.class) {
      return OffsetDateTime.of(2026, 1, 2, 3, 4, n % 60, 0, ZoneOffset.UTC);
    } else if (raw == byte[].class) {
      return new byte[] {1, (byte) n};
    } else if (raw == Object.class) {
      return name + "-object-" + label;
    }
    return model(raw, depth);
  }
}
