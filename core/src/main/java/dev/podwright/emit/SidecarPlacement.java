package dev.podwright.emit;

/**
 * Where the composition's init containers and native sidecars go relative to the host's own init
 * containers (those of the base spec). Within the composition, native sidecars come first, then its
 * init containers, so the sidecars already run while those init containers do.
 */
public enum SidecarPlacement {
  /** The host's init containers run first (the default): the host's setup is unaffected. */
  AFTER_HOST_INIT_CONTAINERS,
  /** The composition's run first, e.g. a proxy the host's init containers need. */
  BEFORE_HOST_INIT_CONTAINERS
}
