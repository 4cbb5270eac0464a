package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import java.util.List;

/**
 * An init container or native sidecar of a {@code hostNetwork} pod declares a hostPort that differs
 * from its containerPort. The API server demands they match for regular containers only.
 */
public final class HostNetworkSidecarPortsRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_HOSTNETWORK_SIDECAR_PORTS",
          Severity.WARNING,
          Hazards.SECTION,
          "In a `hostNetwork` pod, an init container or sidecar declares a hostPort different"
              + " from its containerPort.",
          "On the host network the process binds the containerPort on the node itself; a"
              + " different hostPort maps nothing and misleads readers and tools. The API server"
              + " rejects this for regular containers but not for init containers.",
          "Set hostPort equal to containerPort, or leave hostPort out.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!Boolean.TRUE.equals(context.spec().getHostNetwork())) {
      return;
    }
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      List<V1ContainerPort> ports = Hazards.list(ref.container().getPorts());
      for (int i = 0; i < ports.size(); i++) {
        V1ContainerPort port = ports.get(i);
        if (port == null || port.getHostPort() == null || port.getHostPort() == 0) {
          continue;
        }
        if (!port.getHostPort().equals(port.getContainerPort())) {
          sink.report(
              ref.path().child("ports").index(i).child("hostPort"),
              port.getHostPort(),
              "container "
                  + Hazards.quote(ref.displayName())
                  + " declares hostPort "
                  + port.getHostPort()
                  + " for containerPort "
                  + port.getContainerPort()
                  + " in a hostNetwork pod, where the two are the same port.");
        }
      }
    }
  }
}
