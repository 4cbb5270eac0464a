package dev.podwright.model;

import java.util.List;

/**
 * A container's security settings. Null means "not set" (the pod's or runtime's default).
 *
 * @param runAsNonRoot refuse to start as root
 * @param runAsUser the user id
 * @param runAsGroup the group id
 * @param readOnlyRootFilesystem mount the root filesystem read-only
 * @param allowPrivilegeEscalation allow a process to gain more privileges than its parent
 * @param privileged run privileged (full host access)
 * @param addCapabilities Linux capabilities to add, e.g. {@code NET_BIND_SERVICE}
 * @param dropCapabilities Linux capabilities to drop, e.g. {@code ALL}
 * @param seccompProfile {@code RuntimeDefault}, {@code Unconfined} or {@code Localhost}; null unset
 */
public record SecurityContext(
    Boolean runAsNonRoot,
    Long runAsUser,
    Long runAsGroup,
    Boolean readOnlyRootFilesystem,
    Boolean allowPrivilegeEscalation,
    Boolean privileged,
    List<String> addCapabilities,
    List<String> dropCapabilities,
    String seccompProfile) {

  /** Nothing set. */
  public static final SecurityContext NONE =
      new SecurityContext(null, null, null, null, null, null, List.of(), List.of(), null);

  /** Copies the lists; null is empty. */
  public SecurityContext {
    addCapabilities = addCapabilities == null ? List.of() : List.copyOf(addCapabilities);
    dropCapabilities = dropCapabilities == null ? List.of() : List.copyOf(dropCapabilities);
  }

  /**
   * What the Pod Security Standard {@code restricted} asks of a container: non-root, no privilege
   * escalation, every capability dropped, the runtime's default seccomp profile.
   */
  public static SecurityContext restricted() {
    return new SecurityContext(
        true, null, null, null, false, null, List.of(), List.of("ALL"), "RuntimeDefault");
  }

  /** This context running as a user id. */
  public SecurityContext withRunAsUser(long uid) {
    return new SecurityContext(
        runAsNonRoot,
        uid,
        runAsGroup,
        readOnlyRootFilesystem,
        allowPrivilegeEscalation,
        privileged,
        addCapabilities,
        dropCapabilities,
        seccompProfile);
  }

  /** This context with a read-only root filesystem. */
  public SecurityContext withReadOnlyRootFilesystem() {
    return new SecurityContext(
        runAsNonRoot,
        runAsUser,
        runAsGroup,
        true,
        allowPrivilegeEscalation,
        privileged,
        addCapabilities,
        dropCapabilities,
        seccompProfile);
  }

  /** True when nothing is set. */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
