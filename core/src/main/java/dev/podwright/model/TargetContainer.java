package dev.podwright.model;

/**
 * A container of the host's pod as a {@link ContainerSelector} sees it: one of the base spec's
 * containers or init containers, or the composition's main container.
 *
 * @param name the container's name
 * @param owner whose container it is
 * @param initContainer whether it is an entry of {@code initContainers}
 * @param image the container's image, or null
 */
public record TargetContainer(String name, Owner owner, boolean initContainer, String image) {

  /** Whether this is an app container: a regular container, not an init container. */
  public boolean appContainer() {
    return !initContainer;
  }
}
