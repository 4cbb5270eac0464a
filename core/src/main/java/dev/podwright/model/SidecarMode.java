package dev.podwright.model;

/** Where sidecars go in the emitted pod spec. */
public enum SidecarMode {
  /**
   * Native sidecars: entries of {@code initContainers} with {@code restartPolicy: Always}, started
   * before the main container and stopped after it (Kubernetes 1.29 and newer). A Job's pod can
   * complete while they run.
   */
  NATIVE,
  /** Classic sidecars: extra entries of {@code containers}, after the main container. */
  CLASSIC
}
