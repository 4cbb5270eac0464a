package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Lifecycle;
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
 * RT_QOS_DOWNGRADE}, {@code RT_NAMED_PROBE_PORT_OTHER_CONTAINER}, {@code RT_LIFECYCLE_TCPSOCKET},
 * {@code RT_IMAGE_LATEST_NODE_CACHED}.
 */
final class ContainerHazardChecks {

  private ContainerHazardChecks() {}

  /** Checks {@link RuntimeHazardRule#RT_PORT_BIND_CONFLICT}. */
  static void portBindConflict(PodSpecContext context, ViolationSink sink) {
    List<ContainerRef> refs = context.containers();
    // a few ports are compared pairwise (no keys, no maps); many are indexed by port/protocol
    boolean pairwise = bindablePorts(refs) <= PAIRWISE;
    Map<String, ContainerRef> first = pairwise ? null : new HashMap<>();
    for (int c = 0; c < refs.size(); c++) {
      ContainerRef ref = refs.get(c);
      if (ref.isRunToCompletionInit()) {
        continue;
      }
      List<V1ContainerPort> ports = Hazards.list(ref.container().getPorts());
      Map<String, Boolean> own = pairwise ? null : new HashMap<>();
      for (int i = 0; i < ports.size(); i++) {
        V1ContainerPort port = ports.get(i);
        if (port == null || port.getContainerPort() == null) {
          continue;
        }
        String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
        ContainerRef other;
        if (pairwise) {
          if (declares(ports, i, port.getContainerPort(), protocol)) {
            continue; // repeated within one container: a port declaration rule's business
          }
          other = firstDeclaring(refs, c, port.getContainerPort(), protocol);
        } else {
          String key = port.getContainerPort() + "/" + protocol;
          if (own.put(key, Boolean.TRUE) != null) {
            continue; // repeated within one container: a port declaration rule's business
          }
          other = first.putIfAbsent(key, ref);
        }
        if (other != null) {
          sink.report(
              ref.path().child("ports").index(i).child("containerPort"),
              port.getContainerPort(),
              "container "
                  + Hazards.quote(ref.displayName())
                  + " declares port "
                  + port.getContainerPort()
                  + "/"
                  + protocol
                  + ", which container "
                  + Hazards.quote(other.displayName())
                  + " also declares; they share the pod's network namespace, so only one of them"
                  + " can bind it.");
        }
      }
    }
  }

  /** Up to this many ports in the pod's long-running containers, conflicts are found pairwise. */
  private static final int PAIRWISE = 16;

  private static int bindablePorts(List<ContainerRef> refs) {
    int count = 0;
    for (ContainerRef ref : refs) {
      if (!ref.isRunToCompletionInit()) {
        count += Hazards.list(ref.container().getPorts()).size();
      }
    }
    return count;
  }

  /** Whether one of the first {@code before} ports binds this port and protocol. */
  private static boolean declares(
      List<V1ContainerPort> ports, int before, Integer number, String protocol) {
    for (int j = 0; j < before; j++) {
      V1ContainerPort port = ports.get(j);
      if (port != null
          && number.equals(port.getContainerPort())
          && protocol.equals(port.getProtocol() == null ? "TCP" : port.getProtocol())) {
        return true;
      }
    }
    return false;
  }

  /** The first long-running container before {@code before} that binds this port, or null. */
  private static ContainerRef firstDeclaring(
      List<ContainerRef> refs, int before, Integer number, String protocol) {
    for (int k = 0; k < before; k++) {
      ContainerRef ref = refs.get(k);
      List<V1ContainerPort> ports = Hazards.list(ref.container().getPorts());
      if (!ref.isRunToCompletionInit() && declares(ports, ports.size(), number, protocol)) {
        return ref;
      }
    }
    return null;
  }

  /** Checks {@link RuntimeHazardRule#RT_SIDECAR_HOSTPORT_CONFLICT}. */
  static void sidecarHostPortConflict(PodSpecContext context, ViolationSink sink) {
    Map<String, ContainerRef> first = new HashMap<>();
    // host ports already held by a regular container: a later regular container on the same one
    // is HOSTPORT_CONFLICT_REGULAR's (the API server rejects it), not reported again here
    Set<String> regular = new HashSet<>();
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
        boolean regularTwin = !ref.isNativeSidecar() && !regular.add(key);
        if (other != null
            && other != ref
            && !regularTwin
            && (other.isNativeSidecar() || ref.isNativeSidecar())) {
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

  /**
   * Checks {@link RuntimeHazardRule#RT_IMAGE_UNTAGGED_ALWAYS_PULL}: a floating image whose pull
   * policy is Always, by default or explicitly.
   */
  static void imageTag(PodSpecContext context, ViolationSink sink) {
    ImagePullChecks.check(context, sink, true);
  }

  /**
   * Checks {@link RuntimeHazardRule#RT_IMAGE_LATEST_NODE_CACHED}: a floating image whose pull
   * policy is explicitly IfNotPresent or Never.
   */
  static void imageLatestCached(PodSpecContext context, ViolationSink sink) {
    ImagePullChecks.check(context, sink, false);
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

  /**
   * Checks {@link RuntimeHazardRule#RT_JOB_LEGACY_SIDECAR}: every regular container of a Job-like
   * pod that is not a main container ({@link PodSpecContext#isMainContainer}; the first one when
   * none is known).
   */
  static void jobLegacySidecar(PodSpecContext context, ViolationSink sink) {
    if (!context.runsToCompletion()) {
      return;
    }
    List<ContainerRef> regular = context.containers(ContainerType.CONTAINER);
    if (regular.size() < 2) {
      return;
    }
    ContainerRef main = null;
    for (ContainerRef ref : regular) {
      if (context.isMainContainer(ref)) {
        main = ref;
        break;
      }
    }
    ContainerRef known = main == null ? regular.get(0) : main;
    for (ContainerRef ref : regular) {
      if (ref == known || context.isMainContainer(ref)) {
        continue;
      }
      sink.report(
          ref.path(),
          ref.displayName(),
          "container "
              + Hazards.quote(ref.displayName())
              + " runs next to "
              + Hazards.quote(known.displayName())
              + " in a pod that must complete; if it does not exit on its"
              + " own, the pod never completes.");
    }
  }

  /**
   * Checks {@link RuntimeHazardRule#RT_QOS_DOWNGRADE}, following Kubernetes' QoS computation
   * (pkg/apis/core/v1/helper/qos): a pod is Guaranteed when every container, init containers and
   * sidecars included, has cpu and memory limits and requests equal to them (a missing request
   * defaults to its limit); from 1.34 pod-level {@code resources}, when set, decide alone. Fires
   * only when exactly one container is not Guaranteed and every other one is: then fixing that
   * container makes the pod Guaranteed. With two or more such containers the pod is Burstable by
   * design (HKube's defaulted sidecars), and fixing one would change nothing.
   */
  static void qosDowngrade(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getResources() != null
        && context.version().isAtLeast(QosClass.POD_LEVEL_RESOURCES)) {
      return;
    }
    ContainerRef guaranteed = null;
    ContainerRef shortOf = null;
    String reason = null;
    for (ContainerRef ref : context.containers()) {
      String why = QosClass.notGuaranteed(ref.container().getResources());
      if (why == null) {
        guaranteed = guaranteed == null ? ref : guaranteed;
      } else if (shortOf != null) {
        return; // a second one: fixing either alone leaves the pod Burstable
      } else {
        shortOf = ref;
        reason = why;
      }
    }
    if (guaranteed == null || shortOf == null) {
      return;
    }
    sink.report(
        shortOf.path().child("resources"),
        null,
        "container "
            + Hazards.quote(shortOf.displayName())
            + " "
            + reason
            + ", while every other container (such as "
            + Hazards.quote(guaranteed.displayName())
            + ") is Guaranteed: this container alone makes the pod Burstable.");
  }

  /** Checks {@link RuntimeHazardRule#RT_NAMED_PROBE_PORT_OTHER_CONTAINER}. */
  static void namedProbePort(PodSpecContext context, ViolationSink sink) {
    for (ProbePorts.Unresolved each : ProbePorts.unresolved(context)) {
      ContainerRef other = each.other();
      if (other == null) {
        continue; // declared nowhere: RT_PROBE_PORT_NAME_UNDECLARED
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
              + ", which only container "
              + Hazards.quote(other.displayName())
              + " declares; the kubelet looks the name up in the probed container only.");
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
}
