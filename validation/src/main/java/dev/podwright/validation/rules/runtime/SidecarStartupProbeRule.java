package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;

/**
 * A native sidecar that serves ports (so later containers likely talk to it) without a {@code
 * startupProbe} or a blocking {@code postStart} hook: the next container starts as soon as the
 * sidecar's process has started, maybe before it listens.
 */
public final class SidecarStartupProbeRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_SIDECAR_NO_STARTUP_PROBE",
          Severity.WARNING,
          Hazards.SECTION,
          "A native sidecar declares ports but has neither a `startupProbe` nor a `postStart`"
              + " hook.",
          "The kubelet starts the next container as soon as a sidecar has started (or, with a"
              + " startupProbe, once it succeeded): containers that use the sidecar at start race"
              + " it and fail their first connections.",
          "Give the sidecar a `startupProbe` that succeeds once it serves (e.g. a tcpSocket probe"
              + " on its port).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      if (!ref.isNativeSidecar()) {
        continue;
      }
      V1Container c = ref.container();
      boolean servesPorts = false;
      for (V1ContainerPort port : Hazards.list(c.getPorts())) {
        if (port != null) {
          servesPorts = true;
          break;
        }
      }
      boolean gated =
          c.getStartupProbe() != null
              || (c.getLifecycle() != null && c.getLifecycle().getPostStart() != null);
      if (servesPorts && !gated) {
        sink.report(
            ref.path().child("startupProbe"),
            null,
            "native sidecar "
                + Hazards.quote(ref.displayName())
                + " declares ports but has no startupProbe: the containers after it may start"
                + " before it listens.");
      }
    }
  }
}
