package dev.podwright.testing;

import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * Where a container sits in a pod spec.
 *
 * @param owner the assertion on the spec it was found in
 * @param spec that spec
 * @param init true for {@code initContainers}, false for {@code containers}
 * @param index its index in that list
 */
record ContainerPlace(PodSpecAssert owner, V1PodSpec spec, boolean init, int index) {

  /** {@code spec.initContainers[1]} or {@code spec.containers[0]}. */
  String path() {
    return "spec." + (init ? "initContainers" : "containers") + "[" + index + "]";
  }
}
