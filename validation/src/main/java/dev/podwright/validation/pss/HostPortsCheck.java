package dev.podwright.validation.pss;

import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import java.util.List;

/** Baseline: no container port may bind a host port. */
final class HostPortsCheck {

  private HostPortsCheck() {}

  /** Checks a pod already known to be in scope. Total: never throws. */
  static void evaluate(PodView pod, ViolationSink sink) {
    for (PodContainer c : pod.containers()) {
      List<V1ContainerPort> ports = c.ports();
      if (ports == null) {
        continue;
      }
      for (int i = 0; i < ports.size(); i++) {
        V1ContainerPort p = ports.get(i);
        if (p != null && p.getHostPort() != null && p.getHostPort() != 0) {
          sink.report(
              c.path().child("ports").index(i).child("hostPort"),
              p.getHostPort(),
              "hostPort (" + c.quoted() + " uses hostPort " + p.getHostPort() + ")");
        }
      }
    }
  }
}
