package dev.podwright.validation.rules.security;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import java.util.List;

/**
 * The checks behind {@link SecurityContextRule} on the values of security contexts: {@code
 * SC_UID_GID_RANGE}, {@code SC_APE_FALSE_WITH_PRIVILEGED}, {@code SC_APE_FALSE_WITH_CAP_SYS_ADMIN},
 * {@code SC_PROCMOUNT}, {@code POD_SC_ENUMS}. Profiles are {@link SecurityProfileChecks}'; the
 * operating system's constraints are {@link PodOsChecks}'.
 */
final class SecurityContextChecks {

  /** ProcMountType is on by default from this release. */
  static final KubernetesVersion PROC_MOUNT = KubernetesVersion.of(1, 33);

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
