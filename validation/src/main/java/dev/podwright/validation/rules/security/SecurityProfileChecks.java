package dev.podwright.validation.rules.security;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import java.util.List;

/**
 * The checks behind {@link SecurityContextRule} on seccomp and AppArmor profiles, of the pod and of
 * each container: {@code SC_SECCOMP_PROFILE}, {@code SC_APPARMOR_PROFILE}.
 */
final class SecurityProfileChecks {

  private static final List<String> SC_SECCOMP_PROFILE_TYPES =
      List.of("Localhost", "RuntimeDefault", "Unconfined");

  /** The appArmorProfile fields are on by default from this release. */
  static final KubernetesVersion APPARMOR_FIELDS = KubernetesVersion.of(1, 30);

  private static final int MAX_PROFILE = 4095;

  private static final List<String> SC_APPARMOR_PROFILE_TYPES =
      List.of("Localhost", "RuntimeDefault", "Unconfined");

  private SecurityProfileChecks() {}

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
}
