package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A native sidecar and another running container (regular or sidecar) claim the same {@code
 * hostPort}. The API server checks host port conflicts among regular containers only, and each init
 * container on its own, so a conflict that involves a sidecar passes validation.
 */
public final class SidecarHostPortConflictRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_SIDECAR_HOSTPORT_CONFLICT",
          Severity.ERROR,
          Hazards.SECTION,
          "A native sidecar and another container that runs at the same time use the same"
              + " hostPort (same protocol and hostIP).",
          "Sidecars run next to the main containers, but the API server checks init containers'"
              + " host ports one container at a time: the pod is accepted and the second host"
              + " port mapping fails on the node, so the pod never runs.",
          "Give each container its own hostPort, or drop hostPort and use a Service.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, ContainerRef> first = new HashMap<>();
    for (ContainerRef ref : context.containers()) {
      if (ref.isRunToCompletionInit()) {
        continue;
      }
      List<V1ContainerPort> ports = Hazards.list(ref.container().getPorts());
      for (int i = 0; i < ports.size(); i++) {
        V1ContainerPort port = ports.get(i);
        if (port == null || port.getHostPort() == null || port.getHostPort() == 0) {
          continue;
        }
        String key =
            port.getHostPort()
                + "/"
                + (port.getProtocol() == null ? "TCP" : port.getProtocol())
                + "@"
                + (port.getHostIP() == null ? "" : port.getHostIP());
        ContainerRef other = first.putIfAbsent(key, ref);
        if (other != null && other != ref && (other.isNativeSidecar() || ref.isNativeSidecar())) {
          sink.report(
              ref.path().child("ports").index(i).child("hostPort"),
              port.getHostPort(),
              "container "
                  + Hazards.quote(ref.displayName())
                  + " uses hostPort "
                  + port.getHostPort()
                  + ", which "
                  + Hazards.quote(other.displayName())
                  + " also uses while both run; only one of them can have it.");
        }
      }
    }
  }
}
