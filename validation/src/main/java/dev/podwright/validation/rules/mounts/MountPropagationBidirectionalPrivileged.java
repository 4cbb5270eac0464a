package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SecurityContext;

/**
 * {@code mountPropagation: Bidirectional} only in privileged containers ({@code
 * MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV}).
 */
public final class MountPropagationBidirectionalPrivileged implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_PROPAGATION_BIDIRECTIONAL_PRIV",
          Severity.ERROR,
          MountRules.SECTION,
          "Bidirectional mount propagation is used only by containers with"
              + " securityContext.privileged: true.",
          "The API server rejects it elsewhere (Forbidden: Bidirectional mount propagation is"
              + " available only to privileged containers).",
          "Use HostToContainer, or run the container privileged if it really must propagate"
              + " mounts back to the host.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (MountRules.Mount mount : MountRules.mounts(context)) {
      if (!"Bidirectional".equals(mount.mount().getMountPropagation())) {
        continue;
      }
      V1SecurityContext security = mount.container().container().getSecurityContext();
      if (security == null || !Boolean.TRUE.equals(security.getPrivileged())) {
        sink.report(
            mount.listPath().child("mountPropagation"),
            "Bidirectional",
            "Forbidden: Bidirectional mount propagation is available only to privileged"
                + " containers; container \""
                + mount.container().displayName()
                + "\" is not privileged ("
                + mount.describe()
                + ").");
      }
    }
  }
}
