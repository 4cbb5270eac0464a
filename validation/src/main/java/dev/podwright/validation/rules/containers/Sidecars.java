package dev.podwright.validation.rules.containers;

import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;

/** When the API server treats an init container as a native sidecar. */
final class Sidecars {

  private Sidecars() {}

  /** True for {@code restartPolicy: Always} on a version where the field is not dropped. */
  static boolean isHonouredSidecar(ContainerRef ref, PodSpecContext context) {
    return ref.isNativeSidecar() && context.version().supportsNativeSidecars();
  }

  /** Why the init container is not a native sidecar, for messages. */
  static String whyNotSidecar(ContainerRef ref, PodSpecContext context) {
    if (ref.isNativeSidecar()) {
      return "sets restartPolicy: Always, but Kubernetes "
          + context.version()
          + " drops it (native sidecars need 1.29 or later)";
    }
    String policy = ref.container().getRestartPolicy();
    return policy == null
        ? "has no restartPolicy"
        : "has restartPolicy \"" + policy + "\", not \"Always\"";
  }
}
