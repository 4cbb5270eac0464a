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
 * Two containers that run at the same time (regular containers and native sidecars) declare the
 * same {@code containerPort}/{@code protocol}: they share the pod's network namespace, so the
 * second bind fails.
 */
public final class PortBindConflictRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_PORT_BIND_CONFLICT",
          Severity.WARNING,
          Hazards.SECTION,
          "Two containers that run at the same time (regular containers and native sidecars)"
              + " declare the same containerPort and protocol.",
          "All containers of a pod share one network namespace: the second process to bind the"
              + " port fails with EADDRINUSE and crash-loops.",
          "Move one of the two to another port (and change what it listens on).");

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
      Map<String, Boolean> own = new HashMap<>();
      for (int i = 0; i < ports.size(); i++) {
        V1ContainerPort port = ports.get(i);
        if (port == null || port.getContainerPort() == null) {
          continue;
        }
        String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
        String key = port.getContainerPort() + "/" + protocol;
        if (own.put(key, Boolean.TRUE) != null) {
          continue; // repeated within one container: a port declaration rule's business
        }
        ContainerRef other = first.putIfAbsent(key, ref);
        if (other != null) {
          sink.report(
              ref.path().child("ports").index(i).child("containerPort"),
              port.getContainerPort(),
              "container "
                  + Hazards.quote(ref.displayName())
                  + " declares port "
                  + key
                  + ", which container "
                  + Hazards.quote(other.displayName())
                  + " also declares; they share the pod's network namespace, so only one of them"
                  + " can bind it.");
        }
      }
    }
  }
}
