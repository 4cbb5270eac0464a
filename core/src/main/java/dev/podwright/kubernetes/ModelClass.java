package dev.podwright.kubernetes;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link KubernetesModels} knows about one class: whether it is an official model it can
 * handle, its no-argument constructor and its properties. Immutable, computed once per class.
 */
final class ModelClass {

  static final String MODEL_PACKAGE = "io.kubernetes.client.openapi.models";
  private static final String SERIALIZED_NAME = "SERIALIZED_NAME_";

  /** Why the class cannot be handled, or null when it can. */
  final String problem;

  final Constructor<?> constructor;
  final List<ModelField> fields;
  final Map<String, ModelField> byName;

  /** The fields as an array, for the copying loops. */
  final ModelField[] fieldArray;

  /**
   * Per field, true when a new instance holds null there (the official constructors start some
   * lists and maps empty): a copy need not set a null the constructor already left.
   */
  final boolean[] nullWhenNew;

  private ModelClass(
      String problem,
      Constructor<?> constructor,
      List<ModelField> fields,
      Map<String, ModelField> byName) {
    this.problem = problem;
    this.constructor = constructor;
    this.fields = fields;
    this.byName = byName;
    this.fieldArray = fields.toArray(new ModelField[0]);
    this.nullWhenNew = nullWhenNew(constructor, fieldArray);
  }

  private static boolean[] nullWhenNew(Constructor<?> constructor, ModelField[] fields) {
    boolean[] unset = new boolean[fields.length];
    if (constructor == null) {
      return unset;
    }
    Object prototype;
    try {
      prototype = constructor.newInstance();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError failed) {
      return unset; // every field is set on copy, as if none started null
    }
    for (int i = 0; i < fields.length; i++) {
      unset[i] = fields[i].get(prototype) == null;
    }
    return unset;
  }

  boolean isModel() {
    return problem == null;
  }

  static ModelClass of(Class<?> type) {
    if (!MODEL_PACKAGE.equals(type.getPackageName())) {
      return unsupported(type.getName() + " is not a Kubernetes model (" + MODEL_PACKAGE + ")");
    }
    if (Modifier.isAbstract(type.getModifiers()) || type.isInterface() || type.isEnum()) {
      return unsupported(type.getName() + " is not a concrete Kubernetes model class");
    }
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException none) {
      return unsupported(type.getName() + " has no public no-argument constructor");
    }
    Map<String, Method> getters = new HashMap<>();
    Map<String, Method> setters = new HashMap<>();
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      String lower = method.getName().toLowerCase(Locale.ROOT);
      if (method.getParameterCount() == 0 && (lower.startsWith("get") || lower.startsWith("is"))) {
        getters.put(lower, method);
      } else if (method.getParameterCount() == 1 && lower.startsWith("set")) {
        setters.put(lower + "/" + method.getParameterTypes()[0].getName(), method);
      }
    }
    Map<String, String> jsonNames = jsonNames(type);
    List<ModelField> fields = new ArrayList<>();
    for (Class<?> at = type;
        at != null && MODEL_PACKAGE.equals(at.getPackageName());
        at = at.getSuperclass()) {
      for (Field field : at.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        String property = strip(field.getName()).toLowerCase(Locale.ROOT);
        Method getter = getters.get("get" + property);
        if (getter == null) {
          getter = getters.get("is" + property);
        }
        Method setter = setters.get("set" + property + "/" + field.getType().getName());
        if (getter == null || setter == null || getter.getReturnType() != field.getType()) {
          return unsupported(
              type.getName()
                  + "."
                  + field.getName()
                  + " has no public getter and setter pair; cannot handle this model");
        }
        String jsonName = jsonNames.getOrDefault(property, strip(field.getName()));
        fields.add(
            new ModelField(
                field.getName(),
                jsonName,
                field.getType(),
                field.getGenericType(),
                getter,
                setter,
                field));
      }
    }
    Map<String, ModelField> byName = new HashMap<>();
    for (ModelField field : fields) {
      byName.put(field.name(), field);
    }
    return new ModelClass(null, constructor, List.copyOf(fields), Map.copyOf(byName));
  }

  /**
   * The JSON names the generated models keep in {@code SERIALIZED_NAME_*} constants, by their
   * property name in lower case without underscores.
   */
  private static Map<String, String> jsonNames(Class<?> type) {
    Map<String, String> names = new HashMap<>();
    for (Field field : type.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && field.getType() == String.class
          && field.getName().startsWith(SERIALIZED_NAME)) {
        try {
          String key =
              field
                  .getName()
                  .substring(SERIALIZED_NAME.length())
                  .replace("_", "")
                  .toLowerCase(Locale.ROOT);
          names.put(key, (String) field.get(null));
        } catch (IllegalAccessException unreadable) {
          // a constant we cannot read: the Java name stands in for the JSON name
        }
      }
    }
    return names;
  }

  /** The property name of a field: {@code _default} is {@code default}, {@code $ref} is ref. */
  private static String strip(String fieldName) {
    int at = 0;
    while (at < fieldName.length() - 1
        && (fieldName.charAt(at) == '_' || fieldName.charAt(at) == '$')) {
      at++;
    }
    return fieldName.substring(at);
  }

  private static ModelClass unsupported(String problem) {
    return new ModelClass(problem, null, List.of(), Map.of());
  }
}
