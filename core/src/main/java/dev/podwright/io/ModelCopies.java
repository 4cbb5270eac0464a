package dev.podwright.io;

/**
 * Deep copies of the official Kubernetes model objects, which are mutable: what Podwright takes in
 * and hands out never shares an object with the caller.
 */
public final class ModelCopies {

  private ModelCopies() {}

  /**
   * A deep copy of a model object (or null for null). The copy equals the original exactly: null
   * and empty lists, empty strings and quantities are kept as they are.
   *
   * @throws IllegalArgumentException if the object is not a Kubernetes model Jackson can copy
   */
  @SuppressWarnings("unchecked")
  public static <T> T deepCopy(T model) {
    if (model == null) {
      return null;
    }
    return (T) KubernetesJackson.exactMapper().convertValue(model, model.getClass());
  }
}
