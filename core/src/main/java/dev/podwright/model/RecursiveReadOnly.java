package dev.podwright.model;

/** Whether a read-only mount is read-only in its submounts too ({@code recursiveReadOnly}). */
public enum RecursiveReadOnly {
  /** Submounts keep their own mode (the default). */
  DISABLED("Disabled"),
  /** Recursively read-only where the runtime supports it. */
  IF_POSSIBLE("IfPossible"),
  /** Recursively read-only, or the container fails to start. */
  ENABLED("Enabled");

  private final String value;

  RecursiveReadOnly(String value) {
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
  public static RecursiveReadOnly fromValue(String value) {
    return KubernetesValues.lookup(values(), RecursiveReadOnly::value, value, "recursiveReadOnly");
  }
}
