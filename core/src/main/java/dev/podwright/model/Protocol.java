package dev.podwright.model;

/** A container port's protocol. */
public enum Protocol {
  /** TCP, the default. */
  TCP("TCP"),
  /** UDP. */
  UDP("UDP"),
  /** SCTP. */
  SCTP("SCTP");

  private final String value;

  Protocol(String value) {
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
  public static Protocol fromValue(String value) {
    return KubernetesValues.lookup(values(), Protocol::value, value, "protocol");
  }
}
