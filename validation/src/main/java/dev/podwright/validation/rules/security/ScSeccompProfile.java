package dev.podwright.validation.rules.security;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import java.util.List;

/**
 * A seccomp profile has a supported type, and {@code localhostProfile} exactly when the type is
 * {@code Localhost}, as a relative path without {@code ..} ({@code SC_SECCOMP_PROFILE}).
 */
public final class ScSeccompProfile implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_SECCOMP_PROFILE",
          Severity.ERROR,
          "I. Security context",
          "A seccompProfile has type RuntimeDefault, Localhost or Unconfined, and a relative localhostProfile only with Localhost.",
          "The API server rejects a missing or unknown type, Localhost without profile, an absolute or '..' profile, and a profile with another type.",
          "Use type RuntimeDefault, or type Localhost with localhostProfile set to a relative path such as profiles/app.json.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getSecurityContext() != null) {
      check(context.root(), null, context.spec().getSecurityContext().getSeccompProfile(), sink);
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null) {
        check(ref.path(), ref, ref.container().getSecurityContext().getSeccompProfile(), sink);
      }
    }
  }

  private static final List<String> TYPES = List.of("Localhost", "RuntimeDefault", "Unconfined");

  /**
   * Checks the seccompProfile of the pod ({@code ref} null, {@code owner} the spec) or of a
   * container ({@code owner} its path).
   */
  private static void check(
      FieldPath owner, ContainerRef ref, V1SeccompProfile profile, ViolationSink sink) {
    if (profile == null) {
      return;
    }
    String type = profile.getType();
    String local = profile.getLocalhostProfile();
    if (type == null || type.isEmpty()) {
      sink.report(
          profilePath(owner).child("type"),
          null,
          "the seccompProfile of "
              + who(ref)
              + " has no type; type is required when seccompProfile is set");
    } else if (!TYPES.contains(type)) {
      sink.report(
          profilePath(owner).child("type"),
          type,
          "seccomp type \""
              + type
              + "\" of "
              + who(ref)
              + " is not supported; supported values: "
              + String.join(", ", TYPES));
    }
    if ("Localhost".equals(type)) {
      if (local == null || local.isEmpty()) {
        sink.report(
            profilePath(owner).child("localhostProfile"),
            null,
            "the Localhost seccompProfile of "
                + who(ref)
                + " has no localhostProfile; it must be set when seccomp type is Localhost");
      } else if (local.startsWith("/")) {
        sink.report(
            profilePath(owner).child("localhostProfile"),
            local,
            "localhostProfile \""
                + local
                + "\" of "
                + who(ref)
                + " must be a relative path (under the kubelet seccomp directory)");
      } else if (hasBacksteps(local)) {
        sink.report(
            profilePath(owner).child("localhostProfile"),
            local,
            "localhostProfile \"" + local + "\" of " + who(ref) + " must not contain '..'");
      }
    } else if (local != null) {
      sink.report(
          profilePath(owner).child("localhostProfile"),
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

  private static FieldPath profilePath(FieldPath owner) {
    return owner.child("securityContext").child("seccompProfile");
  }

  private static String who(ContainerRef ref) {
    return ref == null ? "the pod" : "container \"" + ref.displayName() + "\"";
  }
}
