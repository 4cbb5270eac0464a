package dev.podwright.model;

/**
 * Restart policies: a pod's, and a container's ({@code Always} on an init container makes it a
 * native sidecar).
 */
public enum RestartPolicy {
  /** Always restart; on an init container, makes it a native sidecar. */
  ALWAYS("Always"),
  /** Restart on failure. */
  ON_FAILURE("OnFailure"),
  /** Never restart. */
  NEVER("Never");

  private final String value;

  RestartPolicy(String value) {
    this.value = value;
  }

  /** The value as Kubernetes spells it. */
  public String value() {
    return value;
  }

  /**
   * The constant for a Kubernetes value.
   *
   * @throws IllegalArgumentException listing the accepted values
   */
  public static RestartPolicy fromValue(String value) {
    return KubernetesValues.lookup(values(), RestartPolicy::value, value, "a");
  }
}
