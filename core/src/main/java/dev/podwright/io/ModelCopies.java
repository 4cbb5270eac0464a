package dev.podwright.io;

import dev.podwright.kubernetes.KubernetesModels;

/**
 * Deep copies of the official Kubernetes model objects, which are mutable: what Podwright takes in
 * and hands out never shares an object with the caller. Kept for callers of the I/O package; the
 * copies are {@link KubernetesModels#deepCopy}'s.
 */
public final class ModelCopies {

  private ModelCopies() {}

  /**
   * A deep copy of a model object (or null for null). The copy equals the original exactly: null
   * and empty lists, empty strings and quantities are kept as they are.
   *
   * @throws IllegalArgumentException if the object is not a Kubernetes model, naming its class
   */
  public static <T> T deepCopy(T model) {
    return KubernetesModels.deepCopy(model);
  }
}
