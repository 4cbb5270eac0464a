package dev.podwright.validation.rules.runtime;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks behind {@link RuntimeHazardRule}, one static method per rule, and their helpers:
 * {@code RT_PORT_BIND_CONFLICT}, {@code RT_SIDECAR_HOSTPORT_CONFLICT}, {@code
 * RT_HOSTNETWORK_SIDECAR_PORTS}, {@code RT_IMAGE_UNTAGGED_ALWAYS_PULL}, {@code
 * RT_SIDECAR_ORDERING}, {@code RT_SIDECAR_NO_STARTUP_PROBE}, {@code RT_JOB_LEGACY_SIDECAR}, {@code
 * RT_QOS_DOWNGRADE}, {@code RT_NAMED_PROBE_PORT_OTHER_CONTAINER}, {@code RT_LIFECYCLE_TCPSOCKET}.
 */
final class ContainerHazardChecks {

  private ContainerHazardChecks() {}

  /** Checks {@link RuntimeHazardRule#RT_PORT_BIND_CONFLICT}. */
  static void portBindConflict(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_SIDECAR_HOSTPORT_CONFLICT}. */
  static void sidecarHostPortConflict(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_HOSTNETWORK_SIDECAR_PORTS}. */
  static void hostNetworkSidecarPorts(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_IMAGE_UNTAGGED_ALWAYS_PULL}. */
  static void imageTag(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String image = ref.container().getImage();
      String problem = problem(image);
      if (problem != null) {
        sink.report(
            ref.path().child("image"),
            image,
            "container "
                + Hazards.quote(ref.displayName())
                + " uses image "
                + Hazards.quote(image)
                + ", "
                + problem
                + ".");
      }
    }
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null || volume.getImage() == null) {
        continue;
      }
      String image = volume.getImage().getReference();
      String problem = problem(image);
      if (problem != null) {
        sink.report(
            context.root().child("volumes").index(i).child("image").child("reference"),
            image,
            "image volume "
                + Hazards.quote(volume.getName())
                + " uses image "
                + Hazards.quote(image)
                + ", "
                + problem
                + ".");
      }
    }
  }

  /** Checks {@link RuntimeHazardRule#RT_SIDECAR_ORDERING}. */
  static void sidecarOrdering(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_SIDECAR_NO_STARTUP_PROBE}. */
  static void sidecarStartupProbe(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_JOB_LEGACY_SIDECAR}. */
  static void jobLegacySidecar(PodSpecContext context, ViolationSink sink) {
    if (!context.runsToCompletion()) {
      return;
    }
    List<ContainerRef> regular = context.containers(ContainerType.CONTAINER);
    if (regular.size() < 2) {
      return;
    }
    String main = regular.get(0).displayName();
    for (ContainerRef ref : regular.subList(1, regular.size())) {
      sink.report(
          ref.path(),
          ref.displayName(),
          "container "
              + Hazards.quote(ref.displayName())
              + " runs next to "
              + Hazards.quote(main)
              + " in a pod that must complete; if it does not exit on its"
              + " own, the pod never completes.");
    }
  }

  /** Checks {@link RuntimeHazardRule#RT_QOS_DOWNGRADE}. */
  static void qosDowngrade(PodSpecContext context, ViolationSink sink) {
    ContainerRef withResources = null;
    for (ContainerRef ref : context.containers()) {
      if (hasAny(ref)) {
        withResources = ref;
        break;
      }
    }
    if (withResources == null) {
      return;
    }
    for (ContainerRef ref : context.containers()) {
      if (!hasAny(ref)) {
        sink.report(
            ref.path().child("resources"),
            null,
            "container "
                + Hazards.quote(ref.displayName())
                + " sets no resource requests, while "
                + Hazards.quote(withResources.displayName())
                + " does: the pod cannot be Guaranteed and this container gets no reserved"
                + " resources.");
      }
    }
  }

  /** Checks {@link RuntimeHazardRule#RT_NAMED_PROBE_PORT_OTHER_CONTAINER}. */
  static void namedProbePort(PodSpecContext context, ViolationSink sink) {
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

  /** Checks {@link RuntimeHazardRule#RT_LIFECYCLE_TCPSOCKET}. */
  static void lifecycleTcpSocket(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      V1Lifecycle lifecycle = ref.container().getLifecycle();
      if (lifecycle == null) {
        continue;
      }
      if (lifecycle.getPostStart() != null && lifecycle.getPostStart().getTcpSocket() != null) {
        sink.report(
            ref.path().child("lifecycle").child("postStart").child("tcpSocket"),
            null,
            "the postStart hook of container "
                + Hazards.quote(ref.displayName())
                + " uses tcpSocket, which always fails; the kubelet then kills the container.",
            Severity.ERROR,
            RuntimeHazardRule.RT_LIFECYCLE_TCPSOCKET.info().fix());
      }
      if (lifecycle.getPreStop() != null && lifecycle.getPreStop().getTcpSocket() != null) {
        sink.report(
            ref.path().child("lifecycle").child("preStop").child("tcpSocket"),
            null,
            "the preStop hook of container "
                + Hazards.quote(ref.displayName())
                + " uses tcpSocket, which always fails.");
      }
    }
  }

  /** What is wrong with the reference, or null when it is pinned (or blank: not ours). */
  static String problem(String image) {
    if (image == null || image.isBlank() || image.contains("@")) {
      return null;
    }
    String tag = ImageRefs.tag(image.trim());
    if (tag == null) {
      return "which has no tag and so means :latest";
    }
    return tag.equals("latest") ? "tagged :latest" : null;
  }

  private static boolean hasAny(ContainerRef ref) {
    V1ResourceRequirements r = ref.container().getResources();
    return r != null && (nonEmpty(r.getRequests()) || nonEmpty(r.getLimits()));
  }

  private static boolean nonEmpty(Map<String, Quantity> values) {
    return values != null && !values.isEmpty();
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
