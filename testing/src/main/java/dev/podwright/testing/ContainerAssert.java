package dev.podwright.testing;

import io.kubernetes.client.openapi.models.V1Container;

/**
 * Assertions on one container. Obtain one with {@link PodSpecAssert#hasContainer} or {@link
 * PodSpecAssertions#assertThat(V1Container)}.
 */
public final class ContainerAssert extends AbstractContainerAssert<ContainerAssert> {

  ContainerAssert(V1Container actual, ContainerPlace place) {
    super(actual, place, ContainerAssert.class);
  }
}
