package dev.podwright.validation.rules.security;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SecurityContext;

/**
 * A container {@code procMount} is {@code Default} or {@code Unmasked}, and {@code Unmasked} needs
 * {@code hostUsers: false} ({@code SC_PROCMOUNT}). Checked from Kubernetes 1.33, where
 * ProcMountType is on by default; before, the field is dropped.
 */
public final class ScProcMount implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_PROCMOUNT",
          Severity.ERROR,
          "I. Security context",
          "procMount is Default or Unmasked, and Unmasked is only used with spec.hostUsers: false.",
          "The API server rejects other values (Unsupported value) and Unmasked in the host user namespace (Invalid value).",
          "Use procMount Default (or leave it unset); Unmasked needs spec.hostUsers: false.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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

  /** ProcMountType is on by default from this release. */
  static final KubernetesVersion PROC_MOUNT = KubernetesVersion.of(1, 33);
}
