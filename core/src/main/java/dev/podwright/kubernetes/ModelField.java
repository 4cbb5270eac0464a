package dev.podwright.kubernetes;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import java.util.UUID;

/**
 * One property of an official Kubernetes model class: a private field with a public getter and
 * setter, as {@link KubernetesModels#fields} discovers it. Immutable; shared by every caller.
 *
 * <p>Reads and writes go straight to the field when the model's package is open to reflection (it
 * is on the class path, and in an automatic module): the accessor is resolved once per class, so a
 * call costs no reflective method invocation and allocates nothing. Otherwise they go through the
 * public getter and setter.
 */
public final class ModelField {

  private final String name;
  private final String jsonName;
  private final Class<?> type;
  private final Type genericType;
  private final Method getter;
  private final Method setter;

  /** The field itself, made accessible; null when the package is closed to reflection. */
  private final Field direct;

  /** How a copy treats the field's value, decided once from its declared type. */
  final Kind kind;

  /** What a declared type tells a copy about the values the field can hold. */
  enum Kind {
    /** An immutable value type (strings, boxed primitives, enums…): shared as it is. */
    SHARED,
    /** A {@link Quantity}: shared by a copy, made canonical by a canonical copy. */
    QUANTITY,
    /** Anything else (models, lists, maps): looked at value by value. */
    WALKED
  }

  ModelField(
      String name,
      String jsonName,
      Class<?> type,
      Type genericType,
      Method getter,
      Method setter,
      Field field) {
    this.name = Objects.requireNonNull(name, "name");
    this.jsonName = Objects.requireNonNull(jsonName, "jsonName");
    this.type = Objects.requireNonNull(type, "type");
    this.genericType = Objects.requireNonNull(genericType, "genericType");
    this.getter = Objects.requireNonNull(getter, "getter");
    this.setter = Objects.requireNonNull(setter, "setter");
    this.direct = accessible(field);
    this.kind = kindOf(type);
  }

  private static Kind kindOf(Class<?> type) {
    if (type == Quantity.class) {
      return Kind.QUANTITY;
    }
    boolean shared =
        type.isPrimitive()
            || type.isEnum()
            || type == String.class
            || type == Boolean.class
            || type == Integer.class
            || type == Long.class
            || type == Double.class
            || type == Float.class
            || type == Short.class
            || type == Byte.class
            || type == Character.class
            || type == BigDecimal.class
            || type == BigInteger.class
            || type == IntOrString.class
            || type == UUID.class
            || (type.getName().startsWith("java.time.")
                && Modifier.isFinal(type.getModifiers())
                && TemporalAccessor.class.isAssignableFrom(type));
    return shared ? Kind.SHARED : Kind.WALKED;
  }

  private static Field accessible(Field field) {
    if (field == null) {
      return null;
    }
    try {
      return field.trySetAccessible() ? field : null;
    } catch (SecurityException denied) {
      return null;
    }
  }

  /** The Java field name, e.g. {@code terminationMessagePath} (or {@code _default}). */
  public String name() {
    return name;
  }

  /** The name in Kubernetes' JSON and YAML, e.g. {@code default}. */
  public String jsonName() {
    return jsonName;
  }

  /** The declared type, e.g. {@code List.class}. */
  public Class<?> type() {
    return type;
  }

  /** The declared generic type, e.g. {@code List<V1EnvVar>}. */
  public Type genericType() {
    return genericType;
  }

  /** The public getter. */
  public Method getter() {
    return getter;
  }

  /** The public setter. */
  public Method setter() {
    return setter;
  }

  /**
   * The field's value in the given model object.
   *
   * @throws IllegalArgumentException if the object is not of the class this field belongs to
   */
  public Object get(Object model) {
    try {
      return direct != null ? direct.get(model) : getter.invoke(model);
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
      if (direct != null) {
        direct.set(model, value);
      } else {
        setter.invoke(model, value);
      }
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

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelField that
        && name.equals(that.name)
        && jsonName.equals(that.jsonName)
        && type.equals(that.type)
        && genericType.equals(that.genericType)
        && getter.equals(that.getter)
        && setter.equals(that.setter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, jsonName, type, genericType, getter, setter);
  }

  @Override
  public String toString() {
    return "ModelField[name=" + name + ", jsonName=" + jsonName + ", type=" + type.getName() + "]";
  }
}
