package dev.podwright.io;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.kubernetes.client.custom.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical copies of the official Kubernetes model objects, so that two objects that mean the same
 * thing are {@code equals}.
 *
 * <p>The official V1 models start every list as an empty {@code ArrayList} while Podwright's
 * emitter leaves unset lists null, and {@code equals} tells {@code null} from {@code []}. The
 * canonical form settles this: every empty list and every empty map, at any depth, becomes null,
 * and every {@link Quantity} is re-created from its canonical text ({@link QuantityFormat}). Empty
 * strings and empty objects ({@code emptyDir: {}}) are kept: they carry meaning.
 *
 * <p>{@code ManifestReader} returns canonical specs, and for any spec {@code
 * read(write(spec)).equals(canonical(spec))}. Stateless and thread-safe.
 */
public final class ModelNormalizer {

  private static final String MODEL_PACKAGE = "io.kubernetes.client.openapi.models";
  private static final Map<Class<?>, List<Accessor>> ACCESSORS = new ConcurrentHashMap<>();

  private ModelNormalizer() {}

  /**
   * A canonical deep copy of a model object (or null for null); the argument is not changed.
   *
   * @throws IllegalArgumentException if the object is not a Kubernetes model Jackson can copy
   */
  public static <T> T canonical(T model) {
    T copy = ModelCopies.deepCopy(model);
    if (copy != null) {
      normalizeValue(copy);
    }
    return copy;
  }

  /**
   * True when two model objects mean the same thing: their canonical forms are equal (so {@code
   * null} and empty lists, {@code 1Gi} and {@code 1024Mi} do not tell them apart).
   */
  public static boolean sameMeaning(Object a, Object b) {
    return Objects.equals(canonical(a), canonical(b));
  }

  /** Normalizes a value in place where it is a model, or returns its canonical replacement. */
  private static Object normalizeValue(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Quantity quantity) {
      return QuantityFormat.canonicalize(quantity);
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return null;
      }
      List<Object> normalized = new ArrayList<>(list.size());
      for (Object element : list) {
        normalized.add(
            element instanceof List<?> || element instanceof Map<?, ?>
                ? element
                : normalizeValue(element));
      }
      return normalized;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return null;
      }
      Map<Object, Object> normalized = new LinkedHashMap<>();
      map.forEach(
          (key, entry) ->
              normalized.put(
                  key,
                  entry instanceof List<?> || entry instanceof Map<?, ?>
                      ? entry
                      : normalizeValue(entry)));
      return normalized;
    }
    if (isModel(value.getClass())) {
      for (Accessor accessor : accessors(value.getClass())) {
        Object current = accessor.getter().getValue(value);
        Object normalized = normalizeValue(current);
        if (normalized != current) {
          try {
            accessor.setter().callOnWith(value, normalized);
          } catch (Exception cannotSet) {
            throw new IllegalArgumentException(
                "cannot normalize " + value.getClass().getSimpleName(), cannotSet);
          }
        }
      }
    }
    return value;
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().equals(MODEL_PACKAGE);
  }

  private static List<Accessor> accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(type, ModelNormalizer::introspect);
  }

  private static List<Accessor> introspect(Class<?> type) {
    ObjectMapper mapper = KubernetesJackson.exactMapper();
    BeanDescription description =
        mapper.getSerializationConfig().introspect(mapper.constructType(type));
    List<Accessor> accessors = new ArrayList<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      if (property.hasGetter() && property.hasSetter()) {
        accessors.add(new Accessor(property.getGetter(), property.getSetter()));
      }
    }
    return List.copyOf(accessors);
  }

  private record Accessor(AnnotatedMethod getter, AnnotatedMethod setter) {}
}
