package dev.podwright.model;

/** The storage medium of an emptyDir volume. */
public enum Medium {
  /** The node's default medium (disk). */
  DEFAULT(""),
  /** tmpfs (RAM); counts against the container's memory limit. */
  MEMORY("Memory"),
  /** Huge pages. */
  HUGE_PAGES("HugePages");

  private final String value;

  Medium(String value) {
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
  public static Medium fromValue(String value) {
    return KubernetesValues.lookup(values(), Medium::value, value, "emptyDir medium");
  }
}
