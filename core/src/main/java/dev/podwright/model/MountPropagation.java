package dev.podwright.model;

/** How mounts propagate between host and container. */
public enum MountPropagation {
  /** No propagation (the default). */
  NONE("None"),
  /** Host mounts appear in the container. */
  HOST_TO_CONTAINER("HostToContainer"),
  /** Both ways; privileged containers only. */
  BIDIRECTIONAL("Bidirectional");

  private final String value;

  MountPropagation(String value) {
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
  public static MountPropagation fromValue(String value) {
    return KubernetesValues.lookup(values(), MountPropagation::value, value, "mountPropagation");
  }
}
