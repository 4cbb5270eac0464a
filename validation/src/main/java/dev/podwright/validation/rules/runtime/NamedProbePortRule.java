package dev.podwright.validation.rules.runtime;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
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
 * A probe or lifecycle hook that names its port ({@code port: http}) where the name is declared on
 * another container of the pod, not on the probed one. The kubelet resolves port names only within
 * the container itself.
 */
public final class NamedProbePortRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_NAMED_PROBE_PORT_OTHER_CONTAINER",
          Severity.ERROR,
          Hazards.SECTION,
          "A probe or lifecycle hook names a port that is declared on another container, not on"
              + " its own.",
          "The kubelet resolves a named port only among the probed container's own ports: the"
              + " probe can never succeed (a liveness probe restarts the container forever, a"
              + " readiness probe keeps the pod unready).",
          "Declare the port on this container too, or give the probe the port number.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, ContainerRef> owner = new HashMap<>();
    for (ContainerRef ref : context.containers()) {
      for (V1ContainerPort port : Hazards.list(ref.container().getPorts())) {
        if (port != null && port.getName() != null && !port.getName().isEmpty()) {
          owner.putIfAbsent(port.getName(), ref);
        }
      }
    }
    if (owner.isEmpty()) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      V1Container c = ref.container();
      Set<String> own = new HashSet<>();
      for (V1ContainerPort port : Hazards.list(c.getPorts())) {
        if (port != null && port.getName() != null) {
          own.add(port.getName());
        }
      }
      Check check = new Check(ref, own, owner, sink);
      check.probe(c.getLivenessProbe(), "livenessProbe");
      check.probe(c.getReadinessProbe(), "readinessProbe");
      check.probe(c.getStartupProbe(), "startupProbe");
      if (c.getLifecycle() != null) {
        check.hook(c.getLifecycle().getPostStart(), "postStart");
        check.hook(c.getLifecycle().getPreStop(), "preStop");
      }
    }
  }

  private record Check(
      ContainerRef ref, Set<String> own, Map<String, ContainerRef> owner, ViolationSink sink) {

    void probe(V1Probe probe, String field) {
      if (probe == null) {
        return;
      }
      if (probe.getHttpGet() != null) {
        port(probe.getHttpGet().getPort(), false, field, "httpGet");
      }
      if (probe.getTcpSocket() != null) {
        port(probe.getTcpSocket().getPort(), false, field, "tcpSocket");
      }
    }

    void hook(V1LifecycleHandler handler, String field) {
      if (handler == null) {
        return;
      }
      if (handler.getHttpGet() != null) {
        port(handler.getHttpGet().getPort(), true, field, "httpGet");
      }
      if (handler.getTcpSocket() != null) {
        port(handler.getTcpSocket().getPort(), true, field, "tcpSocket");
      }
    }

    /**
     * Checks the port of one handler: {@code field.action.port} of a probe, or {@code
     * lifecycle.field.action.port} of a hook.
     */
    private void port(IntOrString port, boolean hook, String field, String action) {
      if (port == null || port.isInteger()) {
        return;
      }
      String name = port.getStrValue();
      if (name == null || own.contains(name)) {
        return;
      }
      ContainerRef other = owner.get(name);
      if (other != null && other != ref) {
        FieldPath handler =
            hook ? ref.path().child("lifecycle").child(field) : ref.path().child(field);
        sink.report(
            handler.child(action).child("port"),
            name,
            "the "
                + (hook ? field + " hook" : field)
                + " of container "
                + Hazards.quote(ref.displayName())
                + " uses port name "
                + Hazards.quote(name)
                + ", which only container "
                + Hazards.quote(other.displayName())
                + " declares; the kubelet looks the name up in the probed container only.");
      }
    }
  }
}
