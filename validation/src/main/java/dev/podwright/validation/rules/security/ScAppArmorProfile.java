package dev.podwright.validation.rules.security;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import java.util.List;

/**
 * An AppArmor profile has a supported type, and {@code localhostProfile} exactly when the type is
 * {@code Localhost}, not padded and at most 4095 characters ({@code SC_APPARMOR_PROFILE}); from
 * Kubernetes 1.30, where the fields are on by default.
 */
public final class ScAppArmorProfile implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_APPARMOR_PROFILE",
          Severity.ERROR,
          "I. Security context",
          "An appArmorProfile has type RuntimeDefault, Localhost or Unconfined, and an unpadded localhostProfile (<= 4095 chars) only with Localhost.",
          "From 1.30 the API server rejects a missing or unknown type, Localhost without profile, padded or too long profiles, and a profile with another type.",
          "Use type RuntimeDefault, or type Localhost with localhostProfile naming a profile loaded on the node.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(APPARMOR_FIELDS)) {
      return;
    }
    if (context.spec().getSecurityContext() != null) {
      check(context.root(), null, context.spec().getSecurityContext().getAppArmorProfile(), sink);
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null) {
        check(ref.path(), ref, ref.container().getSecurityContext().getAppArmorProfile(), sink);
      }
    }
  }

  /** The appArmorProfile fields are on by default from this release. */
  static final KubernetesVersion APPARMOR_FIELDS = KubernetesVersion.of(1, 30);

  private static final int MAX_PROFILE = 4095;
  private static final List<String> TYPES = List.of("Localhost", "RuntimeDefault", "Unconfined");

  /**
   * Checks the appArmorProfile of the pod ({@code ref} null, {@code owner} the spec) or of a
   * container ({@code owner} its path).
   */
  private static void check(
      FieldPath owner, ContainerRef ref, V1AppArmorProfile profile, ViolationSink sink) {
    if (profile == null) {
      return;
    }
    String type = profile.getType();
    String local = profile.getLocalhostProfile();
    if (type == null || type.isEmpty()) {
      sink.report(
          profilePath(owner).child("type"),
          null,
          "the appArmorProfile of " + who(ref) + " has no type");
    } else if (!TYPES.contains(type)) {
      sink.report(
          profilePath(owner).child("type"),
          type,
          "AppArmor type \""
              + type
              + "\" of "
              + who(ref)
              + " is not supported; supported values: "
              + String.join(", ", TYPES));
    }
    if ("Localhost".equals(type)) {
      if (local == null || local.strip().isEmpty() && local.equals(local.strip())) {
        sink.report(
            profilePath(owner).child("localhostProfile"),
            null,
            "the Localhost appArmorProfile of "
                + who(ref)
                + " has no localhostProfile; it must be set when AppArmor type is Localhost");
      } else if (!local.equals(local.strip())) {
        sink.report(
            profilePath(owner).child("localhostProfile"),
            local,
            "localhostProfile \""
                + local
                + "\" of "
                + who(ref)
                + " must not be padded with whitespace");
      } else if (local.length() > MAX_PROFILE) {
        sink.report(
            profilePath(owner).child("localhostProfile"),
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
          profilePath(owner).child("localhostProfile"),
          local,
          "localhostProfile \""
              + local
              + "\" of "
              + who(ref)
              + " can only be set when AppArmor type is Localhost");
    }
  }

  private static FieldPath profilePath(FieldPath owner) {
    return owner.child("securityContext").child("appArmorProfile");
  }

  private static String who(ContainerRef ref) {
    return ref == null ? "the pod" : "container \"" + ref.displayName() + "\"";
  }
}
