package dev.podwright.validation.spi;

import dev.podwright.path.FieldPath;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * A container of the spec under validation, with where it sits.
 *
 * @param container the container, never null
 * @param type the list it sits in
 * @param index its index in that list
 * @param path its path, e.g. {@code spec.initContainers[1]}
 */
public record ContainerRef(V1Container container, ContainerType type, int index, FieldPath path) {

  /** True for an init container with {@code restartPolicy: Always} (a native sidecar). */
  public boolean isNativeSidecar() {
    return type == ContainerType.INIT_CONTAINER && "Always".equals(container.getRestartPolicy());
  }

  /** True for a plain init container that runs to completion. */
  public boolean isRunToCompletionInit() {
    return type == ContainerType.INIT_CONTAINER && !isNativeSidecar();
  }

  /** The container's name, or {@code "#index"} when it has none. */
  public String displayName() {
    String name = container.getName();
    return name == null || name.isEmpty() ? "#" + index : name;
  }
}
