package dev.podwright.model;

/** When the kubelet pulls a container image ({@code imagePullPolicy}). */
public enum PullPolicy {
  /** Pull on every start. */
  ALWAYS("Always"),
  /** Pull only when the image is not on the node. */
  IF_NOT_PRESENT("IfNotPresent"),
  /** Never pull. */
  NEVER("Never");

  private final String value;

  PullPolicy(String value) {
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
  public static PullPolicy fromValue(String value) {
    return KubernetesValues.lookup(values(), PullPolicy::value, value, "imagePullPolicy");
  }
}
