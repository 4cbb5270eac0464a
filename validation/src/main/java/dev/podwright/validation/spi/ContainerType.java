package dev.podwright.validation.spi;

/** Which list of the pod spec a container sits in. */
public enum ContainerType {
  /** {@code spec.initContainers}. */
  INIT_CONTAINER("initContainers"),
  /** {@code spec.containers}. */
  CONTAINER("containers");

  private final String field;

  ContainerType(String field) {
    this.field = field;
  }

  /** The pod spec field that holds this kind of container. */
  public String field() {
    return field;
  }
}
