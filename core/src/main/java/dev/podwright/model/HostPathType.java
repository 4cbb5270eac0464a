package dev.podwright.model;

/** The check the kubelet makes on a hostPath before mounting it. */
public enum HostPathType {
  /** No check (the default). */
  UNSET(""),
  /** Create an empty directory if nothing exists. */
  DIRECTORY_OR_CREATE("DirectoryOrCreate"),
  /** A directory must exist. */
  DIRECTORY("Directory"),
  /** Create an empty file if nothing exists. */
  FILE_OR_CREATE("FileOrCreate"),
  /** A file must exist. */
  FILE("File"),
  /** A UNIX socket must exist. */
  SOCKET("Socket"),
  /** A character device must exist. */
  CHAR_DEVICE("CharDevice"),
  /** A block device must exist. */
  BLOCK_DEVICE("BlockDevice");

  private final String value;

  HostPathType(String value) {
    this.value = value;
  }

  /** The value as Kubernetes spells it. */
  public String value() {
    return value;
  }

  /**
   * The constant for a Kubernetes value.
   *
   * @throws IllegalArgumentException listing the accepted values
   */
  public static HostPathType fromValue(String value) {
    return KubernetesValues.lookup(values(), HostPathType::value, value, "hostPath type");
  }
}
