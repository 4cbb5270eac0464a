package dev.podwright.io;

/**
 * Deep copies of the official Kubernetes model objects, which are mutable: what Podwright takes in
 * and hands out never shares an object with the caller.
 */
public final class ModelCopies {

  private ModelCopies() {}

  /**
   * A deep copy of a model object (or null for null).
   *
   * @throws IllegalArgumentException if the object is not a Kubernetes model Jackson can copy
   */
  @SuppressWarnings("unchecked")
  public static <T> T deepCopy(T model) {
    if (model == null) {
      return null;
    }
    return (T) KubernetesJackson.jsonMapper().convertValue(model, model.getClass());
  }
}
