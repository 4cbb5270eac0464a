package dev.podwright.validation.rules.policy;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Native sidecars when the host policy forbids sidecars ({@code allowSidecars: false}). When init
 * containers are forbidden too, {@link InitContainersForbiddenRule} already reports them.
 */
public final class SidecarsForbiddenRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POLICY_SIDECARS_FORBIDDEN",
          Severity.ERROR,
          Policies.SECTION,
          "The spec has native sidecars although the host policy disallows sidecars.",
          "The platform operator disabled sidecars (`allowSidecars: false`); the platform"
              + " rejects the pod.",
          "Remove the sidecar, or ask the operator to allow sidecars.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (context.policy().allowSidecars() || !context.policy().allowInitContainers()) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.isNativeSidecar()) {
        sink.report(
            ref.path().child("restartPolicy"),
            "Always",
            "native sidecar "
                + Policies.quote(ref.displayName())
                + " is not allowed: the operator disabled sidecars (allowSidecars: false).");
      }
    }
  }
}
