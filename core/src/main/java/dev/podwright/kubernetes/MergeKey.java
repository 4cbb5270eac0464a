package dev.podwright.kubernetes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Kubernetes merge key of one list field of the official models: the fields of an element that
 * identify it within the list ({@code patchMergeKey} / {@code listMapKey} in the API types), e.g.
 * {@code env} by {@code name}, {@code ports} by {@code containerPort} and {@code protocol}.
 * Immutable; the table is {@link MergeKeys}.
 *
 * @param owner the model class holding the list, e.g. {@code V1Container.class}
 * @param field the Java name of the list field, e.g. {@code env}
 * @param keyFields the Java names of the element fields that make up the key, in order
 * @param defaults the value a key field has when unset, by field name ({@code protocol}: {@code
 *     TCP}); a key field that is unset and has no default leaves the element without a key
 */
public record MergeKey(
    Class<?> owner, String field, List<String> keyFields, Map<String, Object> defaults) {

  /** Checks and copies the components. */
  public MergeKey {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(field, "field");
    keyFields = List.copyOf(keyFields);
    defaults = Map.copyOf(defaults);
    if (keyFields.isEmpty()) {
      throw new IllegalArgumentException("a merge key needs at least one key field");
    }
  }

  /**
   * The key of one list element: the value of the one key field, or an unmodifiable list of the
   * values of several (unset ones replaced by their default). Empty when the element is null, is
   * not a model, or a key field without a default is unset: such an element matches no other.
   */
  public Optional<Object> keyOf(Object element) {
    if (element == null || !KubernetesModels.isModel(element.getClass())) {
      return Optional.empty();
    }
    if (keyFields.size() == 1) {
      return Optional.ofNullable(value(element, keyFields.get(0)));
    }
    List<Object> values = new ArrayList<>(keyFields.size());
    for (String keyField : keyFields) {
      Object value = value(element, keyField);
      if (value == null) {
        return Optional.empty();
      }
      values.add(value);
    }
    return Optional.of(Collections.unmodifiableList(values));
  }

  private Object value(Object element, String keyField) {
    Optional<ModelField> modelField = KubernetesModels.field(element.getClass(), keyField);
    if (modelField.isEmpty()) {
      return null;
    }
    Object value = modelField.get().get(element);
    return value != null ? value : defaults.get(keyField);
  }

  /**
   * The key as words, e.g. {@code env by name} or {@code ports by containerPort and protocol
   * (protocol TCP when unset)}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder(field).append(" by ");
    for (int i = 0; i < keyFields.size(); i++) {
      if (i > 0) {
        out.append(i == keyFields.size() - 1 ? " and " : ", ");
      }
      out.append(keyFields.get(i));
    }
    if (!defaults.isEmpty()) {
      String[] names = defaults.keySet().toArray(new String[0]);
      Arrays.sort(names);
      out.append(" (");
      for (int i = 0; i < names.length; i++) {
        out.append(i == 0 ? "" : ", ")
            .append(names[i])
            .append(' ')
            .append(defaults.get(names[i]))
            .append(" when unset");
      }
      out.append(')');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return owner.getSimpleName() + "." + describe();
  }
}
