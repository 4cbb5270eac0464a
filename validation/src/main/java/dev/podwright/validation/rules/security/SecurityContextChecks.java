package dev.podwright.validation.rules.security;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import java.util.List;

/**
 * The checks behind {@link SecurityContextRule}, one static method per rule, and their helpers:
 * {@code SC_UID_GID_RANGE}, {@code SC_APE_FALSE_WITH_PRIVILEGED}, {@code
 * SC_APE_FALSE_WITH_CAP_SYS_ADMIN}, {@code SC_PROCMOUNT}, {@code SC_SECCOMP_PROFILE}, {@code
 * SC_APPARMOR_PROFILE}, {@code SC_OS_LINUX_NO_WINDOWS_OPTIONS}, {@code
 * SC_OS_WINDOWS_NO_LINUX_FIELDS}, {@code SC_WINDOWS_HOSTPROCESS}, {@code POD_OS_NAME}, {@code
 * POD_SC_ENUMS}.
 */
final class SecurityContextChecks {

  /** ProcMountType is on by default from this release. */
  static final KubernetesVersion PROC_MOUNT = KubernetesVersion.of(1, 33);

  private static final List<String> SC_SECCOMP_PROFILE_TYPES =
      List.of("Localhost", "RuntimeDefault", "Unconfined");

  /** The appArmorProfile fields are on by default from this release. */
  static final KubernetesVersion APPARMOR_FIELDS = KubernetesVersion.of(1, 30);

  private static final int MAX_PROFILE = 4095;

  private static final List<String> SC_APPARMOR_PROFILE_TYPES =
      List.of("Localhost", "RuntimeDefault", "Unconfined");

  private static final List<String> SUPPORTED = List.of("linux", "windows");

  /** SupplementalGroupsPolicy and SELinuxChangePolicy are on by default from this release. */
  static final KubernetesVersion NEWER_POLICIES = KubernetesVersion.of(1, 33);

  private static final List<String> FS_GROUP = List.of("Always", "OnRootMismatch");

  private static final List<String> SUPPLEMENTAL = List.of("Merge", "Strict");

  private static final List<String> SELINUX = List.of("MountOption", "Recursive");

  private SecurityContextChecks() {}

  /** Checks {@link SecurityContextRule#SC_UID_GID_RANGE}. */
  static void scUidGidRange(PodSpecContext context, ViolationSink sink) {
    V1PodSecurityContext pod = context.spec().getSecurityContext();
    if (pod != null) {
      FieldPath root = context.root();
      scUidGidRangeCheck(root, "runAsUser", -1, pod.getRunAsUser(), "runAsUser", sink);
      scUidGidRangeCheck(root, "runAsGroup", -1, pod.getRunAsGroup(), "runAsGroup", sink);
      scUidGidRangeCheck(root, "fsGroup", -1, pod.getFsGroup(), "fsGroup", sink);
      List<Long> groups = pod.getSupplementalGroups();
      if (groups != null) {
        for (int i = 0; i < groups.size(); i++) {
          scUidGidRangeCheck(
              root, "supplementalGroups", i, groups.get(i), "supplemental group", sink);
        }
      }
    }
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext sc = ref.container().getSecurityContext();
      if (sc != null) {
        scUidGidRangeCheck(ref.path(), "runAsUser", -1, sc.getRunAsUser(), "runAsUser", sink);
        scUidGidRangeCheck(ref.path(), "runAsGroup", -1, sc.getRunAsGroup(), "runAsGroup", sink);
      }
    }
  }

  /** Checks {@link SecurityContextRule#SC_APE_FALSE_WITH_PRIVILEGED}. */
  static void scApeFalseWithPrivileged(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext sc = ref.container().getSecurityContext();
      if (sc != null
          && Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())
          && Boolean.TRUE.equals(sc.getPrivileged())) {
        sink.report(
            ref.path().child("securityContext"),
            null,
            "container \""
                + ref.displayName()
                + "\" cannot set `allowPrivilegeEscalation` to false and `privileged` to true");
      }
    }
  }

  /** Checks {@link SecurityContextRule#SC_APE_FALSE_WITH_CAP_SYS_ADMIN}. */
  static void scApeFalseWithCapSysAdmin(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext sc = ref.container().getSecurityContext();
      if (sc == null
          || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())
          || sc.getCapabilities() == null
          || sc.getCapabilities().getAdd() == null) {
        continue;
      }
      if (sc.getCapabilities().getAdd().contains("CAP_SYS_ADMIN")) {
        sink.report(
            ref.path().child("securityContext"),
            null,
            "container \""
                + ref.displayName()
                + "\" cannot set `allowPrivilegeEscalation` to"
                + " false and `capabilities.Add` CAP_SYS_ADMIN");
      }
    }
  }

  /** Checks {@link SecurityContextRule#SC_PROCMOUNT}. */
  static void scProcMount(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(PROC_MOUNT)) {
      return;
    }
    boolean hostUsers = !Boolean.FALSE.equals(context.spec().getHostUsers());
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext sc = ref.container().getSecurityContext();
      String procMount = sc == null ? null : sc.getProcMount();
      if (procMount == null) {
        continue;
      }
      if (!procMount.equals("Default") && !procMount.equals("Unmasked")) {
        sink.report(
            ref.path().child("securityContext").child("procMount"),
            procMount,
            "procMount \""
                + procMount
                + "\" of container \""
                + ref.displayName()
                + "\" is not supported; supported values: Default, Unmasked");
      } else if (procMount.equals("Unmasked") && hostUsers) {
        sink.report(
            ref.path().child("securityContext").child("procMount"),
            procMount,
            "container \""
                + ref.displayName()
                + "\" uses procMount Unmasked; `hostUsers` must be false to use `Unmasked`");
      }
    }
  }

  /** Checks {@link SecurityContextRule#SC_SECCOMP_PROFILE}. */
  static void scSeccompProfile(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getSecurityContext() != null) {
      scSeccompProfileCheck(
          context.root(), null, context.spec().getSecurityContext().getSeccompProfile(), sink);
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null) {
        scSeccompProfileCheck(
            ref.path(), ref, ref.container().getSecurityContext().getSeccompProfile(), sink);
      }
    }
  }

  /** Checks {@link SecurityContextRule#SC_APPARMOR_PROFILE}. */
  static void scAppArmorProfile(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(APPARMOR_FIELDS)) {
      return;
    }
    if (context.spec().getSecurityContext() != null) {
      scAppArmorProfileCheck(
          context.root(), null, context.spec().getSecurityContext().getAppArmorProfile(), sink);
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null) {
        scAppArmorProfileCheck(
            ref.path(), ref, ref.container().getSecurityContext().getAppArmorProfile(), sink);
      }
    }
  }

  /** Checks {@link SecurityContextRule#SC_OS_LINUX_NO_WINDOWS_OPTIONS}. */
  static void scOsLinuxNoWindowsOptions(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getOs() == null || !"linux".equals(context.spec().getOs().getName())) {
      return;
    }
    if (context.spec().getSecurityContext() != null
        && context.spec().getSecurityContext().getWindowsOptions() != null) {
      sink.report(
          context.root().child("securityContext").child("windowsOptions"),
          null,
          "windowsOptions cannot be set for a linux pod");
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null
          && ref.container().getSecurityContext().getWindowsOptions() != null) {
        sink.report(
            ref.path().child("securityContext").child("windowsOptions"),
            null,
            "windowsOptions of container \""
                + ref.displayName()
                + "\" cannot be set for a linux pod");
      }
    }
  }

  /** Checks {@link SecurityContextRule#SC_OS_WINDOWS_NO_LINUX_FIELDS}. */
  static void scOsWindowsNoLinuxFields(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getOs() == null || !"windows".equals(context.spec().getOs().getName())) {
      return;
    }
    FieldPath root = context.root();
    flag(sink, root, "hostPID", Boolean.TRUE.equals(context.spec().getHostPID()));
    flag(sink, root, "hostIPC", Boolean.TRUE.equals(context.spec().getHostIPC()));
    flag(sink, root, "hostUsers", context.spec().getHostUsers() != null);
    flag(sink, root, "shareProcessNamespace", context.spec().getShareProcessNamespace() != null);
    V1PodSecurityContext pod = context.spec().getSecurityContext();
    if (pod != null) {
      securityContextFlag(sink, root, "seLinuxOptions", pod.getSeLinuxOptions() != null);
      securityContextFlag(sink, root, "seccompProfile", pod.getSeccompProfile() != null);
      securityContextFlag(sink, root, "appArmorProfile", pod.getAppArmorProfile() != null);
      securityContextFlag(sink, root, "fsGroup", pod.getFsGroup() != null);
      securityContextFlag(sink, root, "fsGroupChangePolicy", pod.getFsGroupChangePolicy() != null);
      securityContextFlag(
          sink, root, "sysctls", pod.getSysctls() != null && !pod.getSysctls().isEmpty());
      securityContextFlag(sink, root, "runAsUser", pod.getRunAsUser() != null);
      securityContextFlag(sink, root, "runAsGroup", pod.getRunAsGroup() != null);
      securityContextFlag(
          sink,
          root,
          "supplementalGroups",
          pod.getSupplementalGroups() != null && !pod.getSupplementalGroups().isEmpty());
      securityContextFlag(
          sink, root, "supplementalGroupsPolicy", pod.getSupplementalGroupsPolicy() != null);
      securityContextFlag(sink, root, "seLinuxChangePolicy", pod.getSeLinuxChangePolicy() != null);
    }
    for (ContainerRef ref : context.containers()) {
      V1SecurityContext c = ref.container().getSecurityContext();
      if (c == null) {
        continue;
      }
      FieldPath owner = ref.path();
      securityContextFlag(sink, owner, "seLinuxOptions", c.getSeLinuxOptions() != null);
      securityContextFlag(sink, owner, "seccompProfile", c.getSeccompProfile() != null);
      securityContextFlag(sink, owner, "appArmorProfile", c.getAppArmorProfile() != null);
      securityContextFlag(sink, owner, "capabilities", c.getCapabilities() != null);
      securityContextFlag(
          sink,
          owner,
          "readOnlyRootFilesystem",
          Boolean.TRUE.equals(c.getReadOnlyRootFilesystem()));
      securityContextFlag(sink, owner, "privileged", Boolean.TRUE.equals(c.getPrivileged()));
      securityContextFlag(
          sink,
          owner,
          "allowPrivilegeEscalation",
          Boolean.TRUE.equals(c.getAllowPrivilegeEscalation()));
      securityContextFlag(sink, owner, "procMount", c.getProcMount() != null);
      securityContextFlag(sink, owner, "runAsUser", c.getRunAsUser() != null);
      securityContextFlag(sink, owner, "runAsGroup", c.getRunAsGroup() != null);
    }
  }

  /** Checks {@link SecurityContextRule#SC_WINDOWS_HOSTPROCESS}. */
  static void scWindowsHostProcess(PodSpecContext context, ViolationSink sink) {
    Boolean pod =
        context.spec().getSecurityContext() == null
                || context.spec().getSecurityContext().getWindowsOptions() == null
            ? null
            : context.spec().getSecurityContext().getWindowsOptions().getHostProcess();
    int containers = 0;
    int hostProcess = 0;
    for (ContainerRef ref : context.containers()) {
      containers++;
      V1SecurityContext sc = ref.container().getSecurityContext();
      Boolean own =
          sc == null || sc.getWindowsOptions() == null
              ? null
              : sc.getWindowsOptions().getHostProcess();
      if (pod != null && own != null && !pod.equals(own)) {
        sink.report(
            ref.path().child("securityContext").child("windowsOptions").child("hostProcess"),
            own,
            "hostProcess "
                + own
                + " of container \""
                + ref.displayName()
                + "\" differs from the pod value "
                + pod
                + "; pod hostProcess value must be identical if both are specified");
      }
      if (Boolean.TRUE.equals(own) || own == null && Boolean.TRUE.equals(pod)) {
        hostProcess++;
      }
    }
    if (hostProcess == 0) {
      return;
    }
    if (hostProcess != containers) {
      sink.report(
          context.root(),
          null,
          hostProcess
              + " of "
              + containers
              + " containers are hostProcess containers; if a pod"
              + " contains any hostProcess containers then all containers must be hostProcess");
    }
    if (!Boolean.TRUE.equals(context.spec().getHostNetwork())) {
      sink.report(
          context.root().child("hostNetwork"),
          context.spec().getHostNetwork(),
          "hostNetwork must be true if the pod contains any hostProcess containers");
    }
  }

  /** Checks {@link SecurityContextRule#POD_OS_NAME}. */
  static void podOsName(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getOs() == null) {
      return;
    }
    String name = context.spec().getOs().getName();
    if (name == null || name.isEmpty()) {
      sink.report(context.root().child("os").child("name"), null, "spec.os is set without a name");
    } else if (!SUPPORTED.contains(name)) {
      sink.report(
          context.root().child("os").child("name"),
          name,
          "os name \"" + name + "\" is not supported; supported values: linux, windows");
    }
  }

  /** Checks {@link SecurityContextRule#POD_SC_ENUMS}. */
  static void podSecurityContextEnums(PodSpecContext context, ViolationSink sink) {
    V1PodSecurityContext sc = context.spec().getSecurityContext();
    if (sc == null) {
      return;
    }
    FieldPath root = context.root();
    podSecurityContextEnumsCheck(
        sink, root, "fsGroupChangePolicy", sc.getFsGroupChangePolicy(), FS_GROUP);
    if (context.version().isAtLeast(NEWER_POLICIES)) {
      podSecurityContextEnumsCheck(
          sink, root, "supplementalGroupsPolicy", sc.getSupplementalGroupsPolicy(), SUPPLEMENTAL);
      podSecurityContextEnumsCheck(
          sink, root, "seLinuxChangePolicy", sc.getSeLinuxChangePolicy(), SELINUX);
    }
  }

  /**
   * Checks {@code owner.securityContext.field}, or its entry {@code index} when that is not
   * negative.
   */
  private static void scUidGidRangeCheck(
      FieldPath owner, String field, int index, Long id, String what, ViolationSink sink) {
    if (id != null && !KubeIdentifiers.isUserId(id)) {
      FieldPath path = owner.child("securityContext").child(field);
      sink.report(
          index < 0 ? path : path.index(index),
          id,
          what
              + " "
              + id
              + " must be between 0 and "
              + KubeIdentifiers.MAX_USER_ID
              + ", inclusive");
    }
  }

  /**
   * Checks the seccompProfile of the pod ({@code ref} null, {@code owner} the spec) or of a
   * container ({@code owner} its path).
   */
  private static void scSeccompProfileCheck(
      FieldPath owner, ContainerRef ref, V1SeccompProfile profile, ViolationSink sink) {
    if (profile == null) {
      return;
    }
    String type = profile.getType();
    String local = profile.getLocalhostProfile();
    if (type == null || type.isEmpty()) {
      sink.report(
          scSeccompProfileProfilePath(owner).child("type"),
          null,
          "the seccompProfile of "
              + who(ref)
              + " has no type; type is required when seccompProfile is set");
    } else if (!SC_SECCOMP_PROFILE_TYPES.contains(type)) {
      sink.report(
          scSeccompProfileProfilePath(owner).child("type"),
          type,
          "seccomp type \""
              + type
              + "\" of "
              + who(ref)
              + " is not supported; supported values: "
              + String.join(", ", SC_SECCOMP_PROFILE_TYPES));
    }
    if ("Localhost".equals(type)) {
      if (local == null || local.isEmpty()) {
        sink.report(
            scSeccompProfileProfilePath(owner).child("localhostProfile"),
            null,
            "the Localhost seccompProfile of "
                + who(ref)
                + " has no localhostProfile; it must be set when seccomp type is Localhost");
      } else if (local.startsWith("/")) {
        sink.report(
            scSeccompProfileProfilePath(owner).child("localhostProfile"),
            local,
            "localhostProfile \""
                + local
                + "\" of "
                + who(ref)
                + " must be a relative path (under the kubelet seccomp directory)");
      } else if (hasBacksteps(local)) {
        sink.report(
            scSeccompProfileProfilePath(owner).child("localhostProfile"),
            local,
            "localhostProfile \"" + local + "\" of " + who(ref) + " must not contain '..'");
      }
    } else if (local != null) {
      sink.report(
          scSeccompProfileProfilePath(owner).child("localhostProfile"),
          local,
          "localhostProfile \""
              + local
              + "\" of "
              + who(ref)
              + " can only be set when seccomp type is Localhost");
    }
  }

  private static boolean hasBacksteps(String path) {
    for (String part : path.split("/", -1)) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static FieldPath scSeccompProfileProfilePath(FieldPath owner) {
    return owner.child("securityContext").child("seccompProfile");
  }

  private static String who(ContainerRef ref) {
    return ref == null ? "the pod" : "container \"" + ref.displayName() + "\"";
  }

  /**
   * Checks the appArmorProfile of the pod ({@code ref} null, {@code owner} the spec) or of a
   * container ({@code owner} its path).
   */
  private static void scAppArmorProfileCheck(
      FieldPath owner, ContainerRef ref, V1AppArmorProfile profile, ViolationSink sink) {
    if (profile == null) {
      return;
    }
    String type = profile.getType();
    String local = profile.getLocalhostProfile();
    if (type == null || type.isEmpty()) {
      sink.report(
          scAppArmorProfileProfilePath(owner).child("type"),
          null,
          "the appArmorProfile of " + who(ref) + " has no type");
    } else if (!SC_APPARMOR_PROFILE_TYPES.contains(type)) {
      sink.report(
          scAppArmorProfileProfilePath(owner).child("type"),
          type,
          "AppArmor type \""
              + type
              + "\" of "
              + who(ref)
              + " is not supported; supported values: "
              + String.join(", ", SC_APPARMOR_PROFILE_TYPES));
    }
    if ("Localhost".equals(type)) {
      if (local == null || local.strip().isEmpty() && local.equals(local.strip())) {
        sink.report(
            scAppArmorProfileProfilePath(owner).child("localhostProfile"),
            null,
            "the Localhost appArmorProfile of "
                + who(ref)
                + " has no localhostProfile; it must be set when AppArmor type is Localhost");
      } else if (!local.equals(local.strip())) {
        sink.report(
            scAppArmorProfileProfilePath(owner).child("localhostProfile"),
            local,
            "localhostProfile \""
                + local
                + "\" of "
                + who(ref)
                + " must not be padded with whitespace");
      } else if (local.length() > MAX_PROFILE) {
        sink.report(
            scAppArmorProfileProfilePath(owner).child("localhostProfile"),
            local.length(),
            "localhostProfile of "
                + who(ref)
                + " is "
                + local.length()
                + " characters long; at most "
                + MAX_PROFILE
                + " are allowed");
      }
    } else if (local != null) {
      sink.report(
          scAppArmorProfileProfilePath(owner).child("localhostProfile"),
          local,
          "localhostProfile \""
              + local
              + "\" of "
              + who(ref)
              + " can only be set when AppArmor type is Localhost");
    }
  }

  private static FieldPath scAppArmorProfileProfilePath(FieldPath owner) {
    return owner.child("securityContext").child("appArmorProfile");
  }

  /** Reports {@code owner.field} when it is set. */
  private static void flag(ViolationSink sink, FieldPath owner, String field, boolean set) {
    if (set) {
      report(sink, owner.child(field));
    }
  }

  /** Reports {@code owner.securityContext.field} when it is set. */
  private static void securityContextFlag(
      ViolationSink sink, FieldPath owner, String field, boolean set) {
    if (set) {
      report(sink, owner.child("securityContext").child(field));
    }
  }

  private static void report(ViolationSink sink, FieldPath path) {
    sink.report(path, null, path + " cannot be set for a windows pod");
  }

  /** Checks {@code root.securityContext.field}. */
  private static void podSecurityContextEnumsCheck(
      ViolationSink sink, FieldPath root, String field, String value, List<String> supported) {
    if (value != null && !supported.contains(value)) {
      sink.report(
          root.child("securityContext").child(field),
          value,
          "\"" + value + "\" is not supported; supported values: " + String.join(", ", supported));
    }
  }
}
