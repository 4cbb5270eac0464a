package dev.podwright.validation.rules.security;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for security contexts: one constant per rule, named by its rule id, in catalog
 * order. Hosts pick rules by constant, e.g. {@code SecurityContextRule.SC_UID_GID_RANGE}.
 */
public enum SecurityContextRule implements PodSpecRule {
  /**
   * User and group ids in pod and container security contexts are between 0 and 2147483647 ({@code
   * SC_UID_GID_RANGE}).
   */
  SC_UID_GID_RANGE(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "runAsUser, runAsGroup, fsGroup and supplementalGroups are between 0 and 2147483647.",
      "The API server rejects ids outside that range (Invalid value).",
      "Use a user or group id between 0 and 2147483647 (non-root ids are usually 1000 or above)."),

  /**
   * A container does not combine {@code allowPrivilegeEscalation: false} with {@code privileged:
   * true} ({@code SC_APE_FALSE_WITH_PRIVILEGED}).
   */
  SC_APE_FALSE_WITH_PRIVILEGED(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "A container does not set allowPrivilegeEscalation: false together with privileged: true.",
      "A privileged container always may escalate, so the API server rejects the contradiction (Invalid value).",
      "Drop privileged: true (preferred), or drop allowPrivilegeEscalation: false."),

  /**
   * A container does not combine {@code allowPrivilegeEscalation: false} with the capability {@code
   * CAP_SYS_ADMIN} ({@code SC_APE_FALSE_WITH_CAP_SYS_ADMIN}). Like the API server, only the literal
   * spelling {@code CAP_SYS_ADMIN} is caught.
   */
  SC_APE_FALSE_WITH_CAP_SYS_ADMIN(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "A container does not add CAP_SYS_ADMIN while setting allowPrivilegeEscalation: false.",
      "SYS_ADMIN implies privilege escalation, so the API server rejects the contradiction (Invalid value).",
      "Do not add CAP_SYS_ADMIN (capabilities are named without the CAP_ prefix, e.g. SYS_ADMIN), or allow privilege escalation."),

  /**
   * A container {@code procMount} is {@code Default} or {@code Unmasked}, and {@code Unmasked}
   * needs {@code hostUsers: false} ({@code SC_PROCMOUNT}). Checked from Kubernetes 1.33, where
   * ProcMountType is on by default; before, the field is dropped.
   */
  SC_PROCMOUNT(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "procMount is Default or Unmasked, and Unmasked is only used with spec.hostUsers: false.",
      "The API server rejects other values (Unsupported value) and Unmasked in the host user namespace (Invalid value).",
      "Use procMount Default (or leave it unset); Unmasked needs spec.hostUsers: false."),

  /**
   * A seccomp profile has a supported type, and {@code localhostProfile} exactly when the type is
   * {@code Localhost}, as a relative path without {@code ..} ({@code SC_SECCOMP_PROFILE}).
   */
  SC_SECCOMP_PROFILE(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "A seccompProfile has type RuntimeDefault, Localhost or Unconfined, and a relative localhostProfile only with Localhost.",
      "The API server rejects a missing or unknown type, Localhost without profile, an absolute or '..' profile, and a profile with another type.",
      "Use type RuntimeDefault, or type Localhost with localhostProfile set to a relative path such as profiles/app.json."),

  /**
   * An AppArmor profile has a supported type, and {@code localhostProfile} exactly when the type is
   * {@code Localhost}, not padded and at most 4095 characters ({@code SC_APPARMOR_PROFILE}); from
   * Kubernetes 1.30, where the fields are on by default.
   */
  SC_APPARMOR_PROFILE(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "An appArmorProfile has type RuntimeDefault, Localhost or Unconfined, and an unpadded localhostProfile (<= 4095 chars) only with Localhost.",
      "From 1.30 the API server rejects a missing or unknown type, Localhost without profile, padded or too long profiles, and a profile with another type.",
      "Use type RuntimeDefault, or type Localhost with localhostProfile naming a profile loaded on the node."),

  /**
   * A pod with {@code spec.os.name: linux} sets no {@code windowsOptions} ({@code
   * SC_OS_LINUX_NO_WINDOWS_OPTIONS}).
   */
  SC_OS_LINUX_NO_WINDOWS_OPTIONS(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "A Linux pod (spec.os.name: linux) sets no windowsOptions.",
      "The API server forbids windowsOptions on pods declared as Linux (Forbidden).",
      "Remove securityContext.windowsOptions, or do not declare the pod as Linux."),

  /**
   * A pod with {@code spec.os.name: windows} sets none of the Linux-only security fields ({@code
   * SC_OS_WINDOWS_NO_LINUX_FIELDS}). Booleans count when true, other fields when set. Host
   * namespace flags are reported at their v1 paths ({@code spec.hostPID}).
   */
  SC_OS_WINDOWS_NO_LINUX_FIELDS(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "A Windows pod (spec.os.name: windows) sets none of the Linux-only security fields.",
      "The API server forbids Linux-only fields such as seccompProfile, runAsUser or capabilities on Windows pods (Forbidden).",
      "Remove the Linux-only field, or use windowsOptions (e.g. runAsUserName) instead."),

  /**
   * Windows {@code hostProcess}: pod and container values agree, all containers or none are
   * hostProcess, and hostProcess pods use {@code hostNetwork: true} ({@code
   * SC_WINDOWS_HOSTPROCESS}).
   */
  SC_WINDOWS_HOSTPROCESS(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "Windows hostProcess is set consistently: same pod and container value, all containers or none, with hostNetwork: true.",
      "The API server rejects mixed or inconsistent hostProcess settings and hostProcess pods without hostNetwork (Invalid value).",
      "Set windowsOptions.hostProcess: true at pod level for every container and spec.hostNetwork: true, or drop hostProcess."),

  /** A set {@code spec.os} names {@code linux} or {@code windows} ({@code POD_OS_NAME}). */
  POD_OS_NAME(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "spec.os.name is linux or windows when spec.os is set.",
      "The API server rejects an empty (Required) or unknown (Unsupported value) OS name.",
      "Set spec.os.name to linux or windows, or remove spec.os."),

  /**
   * Pod security context enums hold supported values: {@code fsGroupChangePolicy}, and from
   * Kubernetes 1.33 {@code supplementalGroupsPolicy} and {@code seLinuxChangePolicy} ({@code
   * POD_SC_ENUMS}).
   */
  POD_SC_ENUMS(
      Severity.ERROR,
      Section.SECURITY_CONTEXT,
      "fsGroupChangePolicy, supplementalGroupsPolicy and seLinuxChangePolicy hold supported values.",
      "The API server rejects other values (Unsupported value).",
      "Use OnRootMismatch/Always, Merge/Strict and Recursive/MountOption respectively.");

  private final RuleInfo info;

  SecurityContextRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case SC_UID_GID_RANGE -> SecurityContextChecks.scUidGidRange(context, sink);
      case SC_APE_FALSE_WITH_PRIVILEGED ->
          SecurityContextChecks.scApeFalseWithPrivileged(context, sink);
      case SC_APE_FALSE_WITH_CAP_SYS_ADMIN ->
          SecurityContextChecks.scApeFalseWithCapSysAdmin(context, sink);
      case SC_PROCMOUNT -> SecurityContextChecks.scProcMount(context, sink);
      case SC_SECCOMP_PROFILE -> {
        if (anySecurityContext(context)) {
          SecurityProfileChecks.scSeccompProfile(context, sink);
        }
      }
      case SC_APPARMOR_PROFILE -> {
        if (anySecurityContext(context)) {
          SecurityProfileChecks.scAppArmorProfile(context, sink);
        }
      }
      case SC_OS_LINUX_NO_WINDOWS_OPTIONS -> {
        if (context.spec().getOs() != null) {
          PodOsChecks.scOsLinuxNoWindowsOptions(context, sink);
        }
      }
      case SC_OS_WINDOWS_NO_LINUX_FIELDS -> {
        if (context.spec().getOs() != null) {
          PodOsChecks.scOsWindowsNoLinuxFields(context, sink);
        }
      }
      case SC_WINDOWS_HOSTPROCESS -> {
        if (anySecurityContext(context)) {
          PodOsChecks.scWindowsHostProcess(context, sink);
        }
      }
      case POD_OS_NAME -> {
        if (context.spec().getOs() != null) {
          PodOsChecks.podOsName(context, sink);
        }
      }
      case POD_SC_ENUMS -> SecurityContextChecks.podSecurityContextEnums(context, sink);
    }
  }

  /**
   * Whether the pod or one of its containers has a security context. The seccomp, AppArmor and
   * Windows hostProcess checks read nothing else, and the os checks nothing but {@code spec.os}:
   * testing here keeps their classes unloaded for a pod without them (cold start).
   */
  private static boolean anySecurityContext(PodSpecContext context) {
    if (context.spec().getSecurityContext() != null) {
      return true;
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null) {
        return true;
      }
    }
    return false;
  }
}
