package dev.podwright.validation.rules.security;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import java.util.List;

/**
 * Pod security context enums hold supported values: {@code fsGroupChangePolicy}, and from
 * Kubernetes 1.33 {@code supplementalGroupsPolicy} and {@code seLinuxChangePolicy} ({@code
 * POD_SC_ENUMS}).
 */
public final class PodSecurityContextEnums implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_SC_ENUMS",
          Severity.ERROR,
          "I. Security context",
          "fsGroupChangePolicy, supplementalGroupsPolicy and seLinuxChangePolicy hold supported values.",
          "The API server rejects other values (Unsupported value).",
          "Use OnRootMismatch/Always, Merge/Strict and Recursive/MountOption respectively.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    V1PodSecurityContext sc = context.spec().getSecurityContext();
    if (sc == null) {
      return;
    }
    FieldPath root = context.root();
    check(sink, root, "fsGroupChangePolicy", sc.getFsGroupChangePolicy(), FS_GROUP);
    if (context.version().isAtLeast(NEWER_POLICIES)) {
      check(sink, root, "supplementalGroupsPolicy", sc.getSupplementalGroupsPolicy(), SUPPLEMENTAL);
      check(sink, root, "seLinuxChangePolicy", sc.getSeLinuxChangePolicy(), SELINUX);
    }
  }

  /** SupplementalGroupsPolicy and SELinuxChangePolicy are on by default from this release. */
  static final KubernetesVersion NEWER_POLICIES = KubernetesVersion.of(1, 33);

  private static final List<String> FS_GROUP = List.of("Always", "OnRootMismatch");
  private static final List<String> SUPPLEMENTAL = List.of("Merge", "Strict");
  private static final List<String> SELINUX = List.of("MountOption", "Recursive");

  /** Checks {@code root.securityContext.field}. */
  private static void check(
      ViolationSink sink, FieldPath root, String field, String value, List<String> supported) {
    if (value != null && !supported.contains(value)) {
      sink.report(
          root.child("securityContext").child(field),
          value,
          "\"" + value + "\" is not supported; supported values: " + String.join(", ", supported));
    }
  }
}
