package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1SELinuxOptions;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's security settings. Null means "not set" (the pod's or runtime's default). Build one
 * with {@link #builder()}, or take one from the official model with {@link #of(V1SecurityContext)}.
 *
 * @param runAsNonRoot refuse to start as root
 * @param runAsUser the user id
 * @param runAsGroup the group id
 * @param readOnlyRootFilesystem mount the root filesystem read-only
 * @param allowPrivilegeEscalation allow a process to gain more privileges than its parent
 * @param privileged run privileged (full host access)
 * @param addCapabilities Linux capabilities to add, e.g. {@code NET_BIND_SERVICE}, in order
 * @param dropCapabilities Linux capabilities to drop, e.g. {@code ALL}, in order
 * @param seccompProfile {@code RuntimeDefault}, {@code Unconfined} or {@code Localhost}; null unset
 * @param seccompLocalhostProfile the node-local seccomp profile of a {@code Localhost} profile
 * @param appArmorProfile {@code RuntimeDefault}, {@code Unconfined} or {@code Localhost}; null
 *     unset
 * @param appArmorLocalhostProfile the node-local AppArmor profile of a {@code Localhost} profile
 * @param seLinuxOptions the SELinux context, or null
 * @param procMount {@code Default} or {@code Unmasked}; null unset
 * @param windowsOptions Windows-specific settings, or null
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
    String seccompProfile,
    String seccompLocalhostProfile,
    String appArmorProfile,
    String appArmorLocalhostProfile,
    SeLinuxOptions seLinuxOptions,
    String procMount,
    WindowsOptions windowsOptions) {

  /** Nothing set. */
  public static final SecurityContext NONE = builder().build();

  /**
   * Copies the lists; null is empty.
   *
   * @throws IllegalArgumentException when a capability is null
   */
  public SecurityContext {
    addCapabilities = capabilities("add", addCapabilities);
    dropCapabilities = capabilities("drop", dropCapabilities);
  }

  /**
   * The settings the first versions of this record had; the rest unset.
   *
   * @param runAsNonRoot refuse to start as root, or null
   * @param runAsUser the user id, or null
   * @param runAsGroup the group id, or null
   * @param readOnlyRootFilesystem mount the root filesystem read-only, or null
   * @param allowPrivilegeEscalation allow privilege escalation, or null
   * @param privileged run privileged, or null
   * @param addCapabilities capabilities to add; null is none
   * @param dropCapabilities capabilities to drop; null is none
   * @param seccompProfile the seccomp profile type, or null
   */
  public SecurityContext(
      Boolean runAsNonRoot,
      Long runAsUser,
      Long runAsGroup,
      Boolean readOnlyRootFilesystem,
      Boolean allowPrivilegeEscalation,
      Boolean privileged,
      List<String> addCapabilities,
      List<String> dropCapabilities,
      String seccompProfile) {
    this(
        runAsNonRoot,
        runAsUser,
        runAsGroup,
        readOnlyRootFilesystem,
        allowPrivilegeEscalation,
        privileged,
        addCapabilities,
        dropCapabilities,
        seccompProfile,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static List<String> capabilities(String which, List<String> names) {
    if (names == null) {
      return List.of();
    }
    for (String name : names) {
      if (name == null) {
        throw new IllegalArgumentException("capabilities." + which + " has a null entry");
      }
    }
    return List.copyOf(names);
  }

  /**
   * The SELinux context applied to the container.
   *
   * @param user the SELinux user label, or null
   * @param role the SELinux role label, or null
   * @param type the SELinux type label, or null
   * @param level the SELinux level label, or null
   */
  public record SeLinuxOptions(String user, String role, String type, String level) {}

  /**
   * Windows-specific settings.
   *
   * @param gmsaCredentialSpecName the name of the GMSA credential spec to use, or null
   * @param gmsaCredentialSpec the GMSA credential spec's contents, or null
   * @param runAsUserName the user name to run the entrypoint as, or null
   * @param hostProcess run as a host process container, or null
   */
  public record WindowsOptions(
      String gmsaCredentialSpecName,
      String gmsaCredentialSpec,
      String runAsUserName,
      Boolean hostProcess) {}

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.runAsNonRoot = runAsNonRoot;
    builder.runAsUser = runAsUser;
    builder.runAsGroup = runAsGroup;
    builder.readOnlyRootFilesystem = readOnlyRootFilesystem;
    builder.allowPrivilegeEscalation = allowPrivilegeEscalation;
    builder.privileged = privileged;
    builder.addCapabilities.addAll(addCapabilities);
    builder.dropCapabilities.addAll(dropCapabilities);
    builder.seccompProfile = seccompProfile;
    builder.seccompLocalhostProfile = seccompLocalhostProfile;
    builder.appArmorProfile = appArmorProfile;
    builder.appArmorLocalhostProfile = appArmorLocalhostProfile;
    builder.seLinuxOptions = seLinuxOptions;
    builder.procMount = procMount;
    builder.windowsOptions = windowsOptions;
    return builder;
  }

  /**
   * The settings the official model describes, every field: capabilities in order, seccomp and
   * AppArmor profiles with their localhost profiles, SELinux and Windows options, procMount. An
   * empty {@code capabilities} (no add, no drop) is the same as none and comes back unset.
   *
   * @param context the official security context
   * @return the settings
   * @throws IllegalArgumentException when it is null or a capability is null
   */
  public static SecurityContext of(V1SecurityContext context) {
    if (context == null) {
      throw new IllegalArgumentException("security context is null");
    }
    Builder builder =
        builder()
            .runAsNonRoot(context.getRunAsNonRoot())
            .runAsUser(context.getRunAsUser())
            .runAsGroup(context.getRunAsGroup())
            .readOnlyRootFilesystem(context.getReadOnlyRootFilesystem())
            .allowPrivilegeEscalation(context.getAllowPrivilegeEscalation())
            .privileged(context.getPrivileged())
            .procMount(context.getProcMount());
    V1Capabilities capabilities = context.getCapabilities();
    if (capabilities != null) {
      builder.addCapabilities(capabilities("add", capabilities.getAdd()));
      builder.dropCapabilities(capabilities("drop", capabilities.getDrop()));
    }
    V1SeccompProfile seccomp = context.getSeccompProfile();
    if (seccomp != null) {
      builder.seccompProfile(seccomp.getType(), seccomp.getLocalhostProfile());
    }
    V1AppArmorProfile appArmor = context.getAppArmorProfile();
    if (appArmor != null) {
      builder.appArmorProfile(appArmor.getType(), appArmor.getLocalhostProfile());
    }
    V1SELinuxOptions seLinux = context.getSeLinuxOptions();
    if (seLinux != null) {
      builder.seLinuxOptions(
          new SeLinuxOptions(
              seLinux.getUser(), seLinux.getRole(), seLinux.getType(), seLinux.getLevel()));
    }
    V1WindowsSecurityContextOptions windows = context.getWindowsOptions();
    if (windows != null) {
      builder.windowsOptions(
          new WindowsOptions(
              windows.getGmsaCredentialSpecName(),
              windows.getGmsaCredentialSpec(),
              windows.getRunAsUserName(),
              windows.getHostProcess()));
    }
    return builder.build();
  }

  /**
   * What the Pod Security Standard {@code restricted} asks of a container: non-root, no privilege
   * escalation, every capability dropped, the runtime's default seccomp profile.
   */
  public static SecurityContext restricted() {
    return builder()
        .runAsNonRoot(true)
        .allowPrivilegeEscalation(false)
        .dropCapabilities(List.of("ALL"))
        .seccompProfile("RuntimeDefault")
        .build();
  }

  /** This context running as a user id. */
  public SecurityContext withRunAsUser(long uid) {
    return toBuilder().runAsUser(uid).build();
  }

  /** This context with a read-only root filesystem. */
  public SecurityContext withReadOnlyRootFilesystem() {
    return toBuilder().readOnlyRootFilesystem(true).build();
  }

  /** True when nothing is set. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** Builds a {@link SecurityContext}; every setting starts unset (null). */
  public static final class Builder {
    private Boolean runAsNonRoot;
    private Long runAsUser;
    private Long runAsGroup;
    private Boolean readOnlyRootFilesystem;
    private Boolean allowPrivilegeEscalation;
    private Boolean privileged;
    private final List<String> addCapabilities = new ArrayList<>();
    private final List<String> dropCapabilities = new ArrayList<>();
    private String seccompProfile;
    private String seccompLocalhostProfile;
    private String appArmorProfile;
    private String appArmorLocalhostProfile;
    private SeLinuxOptions seLinuxOptions;
    private String procMount;
    private WindowsOptions windowsOptions;

    private Builder() {}

    /** Refuse (true) or allow (false) starting as root; null unsets. */
    public Builder runAsNonRoot(Boolean value) {
      runAsNonRoot = value;
      return this;
    }

    /** The user id; null unsets. */
    public Builder runAsUser(Long uid) {
      runAsUser = uid;
      return this;
    }

    /** The user id. */
    public Builder runAsUser(long uid) {
      return runAsUser(Long.valueOf(uid));
    }

    /** The group id. */
    public Builder runAsGroup(long gid) {
      return runAsGroup(Long.valueOf(gid));
    }

    /** The group id; null unsets. */
    public Builder runAsGroup(Long gid) {
      runAsGroup = gid;
      return this;
    }

    /** Mount the root filesystem read-only; null unsets. */
    public Builder readOnlyRootFilesystem(Boolean value) {
      readOnlyRootFilesystem = value;
      return this;
    }

    /** Allow privilege escalation ({@code no_new_privs} unset); null unsets. */
    public Builder allowPrivilegeEscalation(Boolean value) {
      allowPrivilegeEscalation = value;
      return this;
    }

    /** Run privileged; null unsets. */
    public Builder privileged(Boolean value) {
      privileged = value;
      return this;
    }

    /** Adds Linux capabilities, after those already added. */
    public Builder addCapabilities(String... names) {
      return addCapabilities(List.of(names));
    }

    /** Adds Linux capabilities, after those already added. */
    public Builder addCapabilities(List<String> names) {
      addCapabilities.addAll(names);
      return this;
    }

    /** Drops Linux capabilities, after those already dropped. */
    public Builder dropCapabilities(String... names) {
      return dropCapabilities(List.of(names));
    }

    /** Drops Linux capabilities, after those already dropped. */
    public Builder dropCapabilities(List<String> names) {
      dropCapabilities.addAll(names);
      return this;
    }

    /** The seccomp profile type ({@code RuntimeDefault}, {@code Unconfined}); null unsets. */
    public Builder seccompProfile(String type) {
      return seccompProfile(type, null);
    }

    /**
     * The seccomp profile type and, for {@code Localhost}, the profile's path on the node.
     *
     * @param type the profile type, or null
     * @param localhostProfile the path relative to the kubelet's seccomp directory, or null
     */
    public Builder seccompProfile(String type, String localhostProfile) {
      seccompProfile = type;
      seccompLocalhostProfile = localhostProfile;
      return this;
    }

    /** The AppArmor profile type ({@code RuntimeDefault}, {@code Unconfined}); null unsets. */
    public Builder appArmorProfile(String type) {
      return appArmorProfile(type, null);
    }

    /**
     * The AppArmor profile type and, for {@code Localhost}, the name of a profile loaded on the
     * node.
     *
     * @param type the profile type, or null
     * @param localhostProfile the loaded profile's name, or null
     */
    public Builder appArmorProfile(String type, String localhostProfile) {
      appArmorProfile = type;
      appArmorLocalhostProfile = localhostProfile;
      return this;
    }

    /** The SELinux context; null unsets. */
    public Builder seLinuxOptions(SeLinuxOptions options) {
      seLinuxOptions = options;
      return this;
    }

    /** {@code Default} or {@code Unmasked}; null unsets. */
    public Builder procMount(String value) {
      procMount = value;
      return this;
    }

    /** Windows-specific settings; null unsets. */
    public Builder windowsOptions(WindowsOptions options) {
      windowsOptions = options;
      return this;
    }

    /**
     * The security context.
     *
     * @throws IllegalArgumentException when a capability is null
     */
    public SecurityContext build() {
      return new SecurityContext(
          runAsNonRoot,
          runAsUser,
          runAsGroup,
          readOnlyRootFilesystem,
          allowPrivilegeEscalation,
          privileged,
          addCapabilities,
          dropCapabilities,
          seccompProfile,
          seccompLocalhostProfile,
          appArmorProfile,
          appArmorLocalhostProfile,
          seLinuxOptions,
          procMount,
          windowsOptions);
    }
  }
}
