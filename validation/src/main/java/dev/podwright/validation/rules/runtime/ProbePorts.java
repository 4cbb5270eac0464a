package dev.podwright.validation.rules.runtime;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1Probe;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named ports of probes and lifecycle hooks that the kubelet cannot resolve. The kubelet looks a
 * port name up among the probed container's own {@code ports} only ({@code
 * probe.ResolveContainerPort}, used by the prober and by httpGet lifecycle handlers); the API
 * server checks only the name's syntax ({@code ValidatePortNumOrName}). Covered: {@code httpGet}
 * and {@code tcpSocket} probes and {@code httpGet} hooks of regular containers and native sidecars.
 * Left out: {@code grpc} (its port is a number), tcpSocket hooks (they fail whatever the port:
 * {@code RT_LIFECYCLE_TCPSOCKET}), plain init containers (the API server forbids their probes and
 * hooks) and syntactically invalid names (the API server rejects them).
 */
final class ProbePorts {

  private ProbePorts() {}

  /** Where a handler sits and how a message names it. */
  record Handler(FieldPath path, String label) {}

  /** Receives one unresolvable port name. */
  @FunctionalInterface
  interface Visitor {
    /**
     * One named port the container does not declare.
     *
     * @param ref the probed container
     * @param handler the handler's port path and label
     * @param name the port name
     * @param other a container that declares the name, or null when none does
     */
    void unresolved(ContainerRef ref, Handler handler, String name, ContainerRef other);
  }

  /** Calls the visitor for every named port of a probe or hook its container does not declare. */
  static void forEachUnresolved(PodSpecContext context, Visitor visitor) {
    Map<String, ContainerRef> owner = new HashMap<>();
    for (ContainerRef ref : context.containers()) {
      for (V1ContainerPort port : Hazards.list(ref.container().getPorts())) {
        if (port != null && port.getName() != null && !port.getName().isEmpty()) {
          owner.putIfAbsent(port.getName(), ref);
        }
      }
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.isRunToCompletionInit()) {
        continue;
      }
      V1Container c = ref.container();
      Set<String> own = new HashSet<>();
      for (V1ContainerPort port : Hazards.list(c.getPorts())) {
        if (port != null && port.getName() != null) {
          own.add(port.getName());
        }
      }
      Walk walk = new Walk(ref, own, owner, visitor);
      walk.probe(c.getLivenessProbe(), "livenessProbe");
      walk.probe(c.getReadinessProbe(), "readinessProbe");
      walk.probe(c.getStartupProbe(), "startupProbe");
      if (c.getLifecycle() != null) {
        walk.hook(c.getLifecycle().getPostStart(), "postStart");
        walk.hook(c.getLifecycle().getPreStop(), "preStop");
      }
    }
  }

  /** Checks {@link RuntimeHazardRule#RT_PROBE_PORT_NAME_UNDECLARED}. */
  static void undeclared(PodSpecContext context, ViolationSink sink) {
    forEachUnresolved(
        context,
        (ref, handler, name, other) -> {
          if (other != null) {
            return; // declared elsewhere: RT_NAMED_PROBE_PORT_OTHER_CONTAINER says more
          }
          sink.report(
              handler.path(),
              name,
              "the "
                  + handler.label()
                  + " of container "
                  + Hazards.quote(ref.displayName())
                  + " uses port name "
                  + Hazards.quote(name)
                  + ", which no container of the pod declares; the kubelet cannot resolve it.");
        });
  }

  private record Walk(
      ContainerRef ref, Set<String> own, Map<String, ContainerRef> owner, Visitor visitor) {

    void probe(V1Probe probe, String field) {
      if (probe == null) {
        return;
      }
      FieldPath at = ref.path().child(field);
      if (probe.getHttpGet() != null) {
        port(probe.getHttpGet().getPort(), at.child("httpGet").child("port"), field);
      }
      if (probe.getTcpSocket() != null) {
        port(probe.getTcpSocket().getPort(), at.child("tcpSocket").child("port"), field);
      }
    }

    void hook(V1LifecycleHandler handler, String field) {
      if (handler != null && handler.getHttpGet() != null) {
        port(
            handler.getHttpGet().getPort(),
            ref.path().child("lifecycle").child(field).child("httpGet").child("port"),
            field + " hook");
      }
    }

    private void port(IntOrString port, FieldPath path, String label) {
      if (port == null || port.isInteger()) {
        return;
      }
      String name = port.getStrValue();
      if (name == null || own.contains(name) || KubeIdentifiers.portName(name).isPresent()) {
        return;
      }
      ContainerRef other = owner.get(name);
      visitor.unresolved(ref, new Handler(path, label), name, other == ref ? null : other);
    }
  }
}
