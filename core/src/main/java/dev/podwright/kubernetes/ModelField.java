package dev.podwright.kubernetes;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * One property of an official Kubernetes model class: a private field with a public getter and
 * setter, as {@link KubernetesModels#fields} discovers it. Immutable; shared by every caller.
 *
 * @param name the Java field name, e.g. {@code terminationMessagePath} (or {@code _default})
 * @param jsonName the name in Kubernetes' JSON and YAML, e.g. {@code default}
 * @param type the declared type, e.g. {@code List.class}
 * @param genericType the declared generic type, e.g. {@code List<V1EnvVar>}
 * @param getter the public getter
 * @param setter the public setter
 */
public record ModelField(
    String name, String jsonName, Class<?> type, Type genericType, Method getter, Method setter) {

  /** Checks that no component is null. */
  public ModelField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jsonName, "jsonName");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(genericType, "genericType");
    Objects.requireNonNull(getter, "getter");
    Objects.requireNonNull(setter, "setter");
  }

  /**
   * The field's value in the given model object.
   *
   * @throws IllegalArgumentException if the object is not of the class this field belongs to
   */
  public Object get(Object model) {
    try {
      return getter.invoke(model);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException failed) {
      throw new IllegalArgumentException(
          "cannot read " + where(model) + ": " + Objects.toString(failed.getMessage(), ""), failed);
    }
  }

  /**
   * Sets the field's value in the given model object.
   *
   * @throws IllegalArgumentException if the object is not of the class this field belongs to or the
   *     value is not of the field's type
   */
  public void set(Object model, Object value) {
    try {
      setter.invoke(model, value);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException failed) {
      throw new IllegalArgumentException(
          "cannot set "
              + where(model)
              + " to a "
              + (value == null ? "null" : value.getClass().getName())
              + ": "
              + Objects.toString(failed.getMessage(), ""),
          failed);
    }
  }

  private String where(Object model) {
    return (model == null ? "null" : model.getClass().getSimpleName()) + "." + name;
  }
}
