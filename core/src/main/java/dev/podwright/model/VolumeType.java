package dev.podwright.model;

/** The kinds of volume source, used by workload kinds to say which ones they allow. */
public enum VolumeType {
  /** {@code emptyDir}. */
  EMPTY_DIR,
  /** {@code configMap}. */
  CONFIG_MAP,
  /** {@code secret}. */
  SECRET,
  /** {@code persistentVolumeClaim}. */
  PERSISTENT_VOLUME_CLAIM,
  /** {@code hostPath}. */
  HOST_PATH,
  /** {@code projected}. */
  PROJECTED,
  /** {@code downwardAPI}. */
  DOWNWARD_API,
  /** {@code csi}. */
  CSI,
  /** {@code ephemeral}. */
  EPHEMERAL,
  /** Any other source, given as a raw {@code V1Volume}. */
  OTHER
}
