package dev.podwright.testing;

import static dev.podwright.testing.Texts.quote;

import io.kubernetes.client.openapi.models.V1Container;

/**
 * Assertions on a sidecar found with {@link PodSpecAssert#hasSidecar}: how it was placed, plus
 * every container assertion.
 */
public final class SidecarAssert extends AbstractContainerAssert<SidecarAssert> {

  SidecarAssert(V1Container actual, ContainerPlace place) {
    super(actual, place, SidecarAssert.class);
  }

  /**
   * Verifies it is a native sidecar: an entry of {@code initContainers} with {@code restartPolicy:
   * Always} (Kubernetes 1.29+), which starts before the main containers and is stopped after them.
   */
  public SidecarAssert isNativeSidecar() {
    if (!place.init()) {
      failWithMessage(
          "%s",
          "expected sidecar "
              + quote(actual.getName())
              + " to be a native sidecar (an init container with restartPolicy \"Always\") but it"
              + " is a classic sidecar at "
              + place.path());
    }
    return myself;
  }

  /** Verifies it is a classic sidecar: an entry of {@code containers} next to the main one. */
  public SidecarAssert isClassicSidecar() {
    if (place.init()) {
      failWithMessage(
          "%s",
          "expected sidecar "
              + quote(actual.getName())
              + " to be a classic sidecar (an entry of containers) but it is a native sidecar at "
              + place.path());
    }
    return myself;
  }
}
