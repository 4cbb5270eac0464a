package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A native sidecar listed after a plain init container: it is not running while that init container
 * runs. Often intended (Istio's {@code istio-init} sets up iptables before the proxy), so this is
 * only a note.
 */
public final class SidecarOrderingRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_SIDECAR_ORDERING",
          Severity.INFO,
          Hazards.SECTION,
          "A native sidecar (init container with `restartPolicy: Always`) comes after a plain init"
              + " container.",
          "Init containers start in list order: a sidecar listed after a plain init container is"
              + " not running while that init container runs, so the init container cannot use it"
              + " (e.g. a proxy or a log shipper).",
          "If earlier init containers need the sidecar, list the sidecar before them.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    ContainerRef lastPlain = null;
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      if (ref.isRunToCompletionInit()) {
        lastPlain = ref;
      } else if (lastPlain != null) {
        sink.report(
            ref.path().child("restartPolicy"),
            "Always",
            "native sidecar "
                + Hazards.quote(ref.displayName())
                + " starts only after init container "
                + Hazards.quote(lastPlain.displayName())
                + " (and every plain init container before it) has completed, so those cannot use"
                + " it.");
      }
    }
  }
}
