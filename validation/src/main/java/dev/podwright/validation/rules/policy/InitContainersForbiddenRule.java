package dev.podwright.validation.rules.policy;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Init containers of any form (native sidecars included) when the host policy forbids them ({@code
 * allowInitContainers: false}, as Feldera's operator switch does).
 */
public final class InitContainersForbiddenRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POLICY_INIT_CONTAINERS_FORBIDDEN",
          Severity.ERROR,
          Policies.SECTION,
          "The spec has init containers (native sidecars included) although the host policy"
              + " disallows them.",
          "The platform operator disabled init containers (`allowInitContainers: false`); the"
              + " platform rejects or strips them.",
          "Remove the init container, or ask the operator to enable init containers.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (context.policy().allowInitContainers()) {
      return;
    }
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      sink.report(
          ref.path(),
          ref.displayName(),
          (ref.isNativeSidecar() ? "native sidecar " : "init container ")
              + Policies.quote(ref.displayName())
              + " is not allowed: the operator disabled init containers"
              + " (allowInitContainers: false).");
    }
  }
}
