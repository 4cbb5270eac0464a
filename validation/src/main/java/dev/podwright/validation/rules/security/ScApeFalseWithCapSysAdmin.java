package dev.podwright.validation.rules.security;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SecurityContext;

/**
 * A container does not combine {@code allowPrivilegeEscalation: false} with the capability {@code
 * CAP_SYS_ADMIN} ({@code SC_APE_FALSE_WITH_CAP_SYS_ADMIN}). Like the API server, only the literal
 * spelling {@code CAP_SYS_ADMIN} is caught.
 */
public final class ScApeFalseWithCapSysAdmin implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_APE_FALSE_WITH_CAP_SYS_ADMIN",
          Severity.ERROR,
          "I. Security context",
          "A container does not add CAP_SYS_ADMIN while setting allowPrivilegeEscalation: false.",
          "SYS_ADMIN implies privilege escalation, so the API server rejects the contradiction (Invalid value).",
          "Do not add CAP_SYS_ADMIN (capabilities are named without the CAP_ prefix, e.g. SYS_ADMIN), or allow privilege escalation.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
