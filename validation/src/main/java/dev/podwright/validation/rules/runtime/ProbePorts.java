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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * One named port of a probe or hook that its container does not declare.
   *
   * @param ref the probed container
   * @param handler the handler's port path and label
   * @param name the port name
   * @param other a container that declares the name, or null when none does
   */
  record Unresolved(ContainerRef ref, Handler handler, String name, ContainerRef other) {}

  /**
   * The unresolved names of the pod, found once per validation for both rules that report them;
   * paths are built and the owners of names looked up only for a name the container lacks.
   */
  private static final PodSpecContext.Derived<List<Unresolved>> UNRESOLVED = new AllUnresolved();

  /** The key of {@link #UNRESOLVED}: a class, not a lambda, so a fresh JVM spins no extra class. */
  private static final class AllUnresolved implements PodSpecContext.Derived<List<Unresolved>> {
    @Override
    public List<Unresolved> compute(PodSpecContext context) {
      return find(context);
    }
  }

  /**
   * Every named port of a probe or hook its container does not declare, in spec order (read-only,
   * once per validation). A list rather than a visitor: no lambda class to spin in a fresh JVM.
   */
  static List<Unresolved> unresolved(PodSpecContext context) {
    return context.derived(UNRESOLVED);
  }

  private static List<Unresolved> find(PodSpecContext context) {
    Walk walk = new Walk(context);
    for (ContainerRef ref : context.containers()) {
      if (ref.isRunToCompletionInit()) {
        continue;
      }
      V1Container c = ref.container();
      walk.probe(ref, c.getLivenessProbe(), "livenessProbe");
      walk.probe(ref, c.getReadinessProbe(), "readinessProbe");
      walk.probe(ref, c.getStartupProbe(), "startupProbe");
      if (c.getLifecycle() != null) {
        walk.hook(ref, c.getLifecycle().getPostStart(), "postStart");
        walk.hook(ref, c.getLifecycle().getPreStop(), "preStop");
      }
    }
    return walk.found == null ? List.of() : List.copyOf(walk.found);
  }

  /** Checks {@link RuntimeHazardRule#RT_PROBE_PORT_NAME_UNDECLARED}. */
  static void undeclared(PodSpecContext context, ViolationSink sink) {
    for (Unresolved each : unresolved(context)) {
      if (each.other() != null) {
        continue; // declared elsewhere: RT_NAMED_PROBE_PORT_OTHER_CONTAINER says more
      }
      sink.report(
          each.handler().path(),
          each.name(),
          "the "
              + each.handler().label()
              + " of container "
              + Hazards.quote(each.ref().displayName())
              + " uses port name "
              + Hazards.quote(each.name())
              + ", which no container of the pod declares; the kubelet cannot resolve it.");
    }
  }

  /** Collects the unresolved names; the map of who declares which name is built on demand. */
  private static final class Walk {
    private final PodSpecContext context;
    private Map<String, ContainerRef> owner;
    private List<Unresolved> found;

    Walk(PodSpecContext context) {
      this.context = context;
    }

    void probe(ContainerRef ref, V1Probe probe, String field) {
      if (probe == null) {
        return;
      }
      if (probe.getHttpGet() != null) {
        port(ref, probe.getHttpGet().getPort(), false, field, "httpGet");
      }
      if (probe.getTcpSocket() != null) {
        port(ref, probe.getTcpSocket().getPort(), false, field, "tcpSocket");
      }
    }

    void hook(ContainerRef ref, V1LifecycleHandler handler, String field) {
      if (handler != null && handler.getHttpGet() != null) {
        port(ref, handler.getHttpGet().getPort(), true, field, "httpGet");
      }
    }

    /** {@code field} names the probe or hook, {@code action} is httpGet or tcpSocket. */
    private void port(
        ContainerRef ref, IntOrString port, boolean hook, String field, String action) {
      if (port == null || port.isInteger()) {
        return;
      }
      String name = port.getStrValue();
      if (name == null
          || declares(ref.container(), name)
          || KubeIdentifiers.portName(name).isPresent()) {
        return;
      }
      FieldPath at = hook ? ref.path().child("lifecycle") : ref.path();
      FieldPath path = at.child(field).child(action).child("port");
      String label = hook ? field + " hook" : field;
      ContainerRef other = owners().get(name);
      if (found == null) {
        found = new ArrayList<>();
      }
      found.add(new Unresolved(ref, new Handler(path, label), name, other == ref ? null : other));
    }

    private static boolean declares(V1Container container, String name) {
      for (V1ContainerPort port : Hazards.list(container.getPorts())) {
        if (port != null && name.equals(port.getName())) {
          return true;
        }
      }
      return false;
    }

    /** The first container declaring each port name, in spec order. */
    private Map<String, ContainerRef> owners() {
      if (owner == null) {
        owner = new HashMap<>();
        for (ContainerRef ref : context.containers()) {
          for (V1ContainerPort port : Hazards.list(ref.container().getPorts())) {
            if (port != null && port.getName() != null && !port.getName().isEmpty()) {
              owner.putIfAbsent(port.getName(), ref);
            }
          }
        }
      }
      return owner;
    }
  }
}
