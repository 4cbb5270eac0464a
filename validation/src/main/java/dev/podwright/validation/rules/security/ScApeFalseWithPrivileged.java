package dev.podwright.validation.rules.security;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1SecurityContext;

/**
 * A container does not combine {@code allowPrivilegeEscalation: false} with {@code privileged:
 * true} ({@code SC_APE_FALSE_WITH_PRIVILEGED}).
 */
public final class ScApeFalseWithPrivileged implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SC_APE_FALSE_WITH_PRIVILEGED",
          Severity.ERROR,
          "I. Security context",
          "A container does not set allowPrivilegeEscalation: false together with privileged: true.",
          "A privileged container always may escalate, so the API server rejects the contradiction (Invalid value).",
          "Drop privileged: true (preferred), or drop allowPrivilegeEscalation: false.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
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
}
