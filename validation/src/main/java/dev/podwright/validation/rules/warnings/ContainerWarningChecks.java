package dev.podwright.validation.rules.warnings;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.resources.FractionalBytes;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EnvVar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks behind {@link WarningRule}, one static method per rule, and their helpers: {@code
 * W_ENV_DUPLICATE_NAME}, {@code W_PORT_DUPLICATE}, {@code W_PORT_OVERLAPPING}, {@code
 * W_PORT_AMBIGUOUS_HOSTIP}, {@code W_PORT_HOSTIP_WITHOUT_HOSTPORT}, {@code
 * W_PORT_NAME_DUP_ACROSS_CONTAINERS}, {@code W_FRACTIONAL_BYTES}.
 */
final class ContainerWarningChecks {

  /** The first release assumed to emit this warning (it is in the v1.33-era warnings). */
  static final KubernetesVersion SINCE = KubernetesVersion.of(1, 33);

  private static final String[] BYTE_RESOURCES = {"memory", "ephemeral-storage"};

  private ContainerWarningChecks() {}

  /** Checks {@link WarningRule#W_ENV_DUPLICATE_NAME}. */
  static void warnEnvDuplicateName(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      List<V1EnvVar> env = ref.container().getEnv();
      if (env == null || env.size() < 2) {
        continue;
      }
      // a few entries are compared pairwise (no set allocated); many go through a hash set
      Set<String> seen = env.size() > PAIRWISE ? new HashSet<>() : null;
      for (int i = 0; i < env.size(); i++) {
        V1EnvVar var = env.get(i);
        if (var == null) {
          continue;
        }
        String name = var.getName() == null ? "" : var.getName();
        if (seen != null ? seen.add(name) : !definedBefore(env, i, name)) {
          continue;
        }
        String value = var.getValue() == null ? "" : var.getValue();
        String reference = "$(" + name + ")";
        boolean hides =
            var.getValueFrom() != null || value.equals(reference) || !value.contains(reference);
        if (hides) {
          sink.report(
              ref.path().child("env").index(i),
              name,
              "env entry "
                  + i
                  + " of container \""
                  + ref.displayName()
                  + "\" hides previous definition of \""
                  + name
                  + "\", which may be dropped when using apply");
        }
      }
    }
  }

  /** Up to this many env entries, duplicates are found by comparing pairs. */
  private static final int PAIRWISE = 16;

  /** Whether an entry before {@code index} has this name (null names count as ""). */
  private static boolean definedBefore(List<V1EnvVar> env, int index, String name) {
    for (int j = 0; j < index; j++) {
      V1EnvVar var = env.get(j);
      if (var != null && name.equals(var.getName() == null ? "" : var.getName())) {
        return true;
      }
    }
    return false;
  }

  /** Checks {@link WarningRule#W_PORT_DUPLICATE}. */
  static void warnPortDuplicate(PodSpecContext context, ViolationSink sink) {
    report(context, sink, PortPairs.Kind.DUPLICATE, "duplicate port definition");
  }

  /** Checks {@link WarningRule#W_PORT_OVERLAPPING}. */
  static void warnPortOverlapping(PodSpecContext context, ViolationSink sink) {
    ContainerWarningChecks.report(
        context, sink, PortPairs.Kind.OVERLAPPING, "overlapping port definition");
  }

  /** Checks {@link WarningRule#W_PORT_AMBIGUOUS_HOSTIP}. */
  static void warnPortAmbiguousHostIp(PodSpecContext context, ViolationSink sink) {
    ContainerWarningChecks.report(
        context, sink, PortPairs.Kind.AMBIGUOUS, "dangerously ambiguous port definition");
  }

  /** Checks {@link WarningRule#W_PORT_HOSTIP_WITHOUT_HOSTPORT}. */
  static void warnPortHostIpWithoutHostPort(PodSpecContext context, ViolationSink sink) {
    for (PortPairs.Port port : PortPairs.ports(context)) {
      if (!port.hostIp().isEmpty() && port.hostPort() == 0) {
        sink.report(
            port.path(),
            port.hostIp(),
            "port "
                + port.containerPort()
                + "/"
                + port.protocol()
                + " of container \""
                + port.container().displayName()
                + "\" sets hostIP "
                + port.hostIp()
                + " without hostPort; hostIP has no effect");
      }
    }
  }

  /** Checks {@link WarningRule#W_PORT_NAME_DUP_ACROSS_CONTAINERS}. */
  static void warnPortNameDupAcrossContainers(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(SINCE)) {
      return;
    }
    Map<String, PortPairs.Port> first = new LinkedHashMap<>();
    for (PortPairs.Port port : PortPairs.ports(context)) {
      ContainerRef ref = port.container();
      String name = port.port().getName();
      if (name == null || name.isEmpty() || ref.isRunToCompletionInit()) {
        continue;
      }
      PortPairs.Port earlier = first.putIfAbsent(name, port);
      if (earlier != null && earlier.container() != ref) {
        FieldPath other = earlier.path();
        sink.report(
            port.path(),
            name,
            "duplicate port name \""
                + name
                + "\" with "
                + other
                + ", services and probes that select ports by name will use "
                + other);
      }
    }
  }

  /** Checks {@link WarningRule#W_FRACTIONAL_BYTES}. */
  static void warnFractionalBytes(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getResources() == null) {
        continue;
      }
      check(ref.path(), "limits", ref.container().getResources().getLimits(), sink);
      check(ref.path(), "requests", ref.container().getResources().getRequests(), sink);
    }
    check(context.root(), null, context.spec().getOverhead(), sink);
  }

  /** Reports every pair of one kind. */
  static void report(PodSpecContext context, ViolationSink sink, PortPairs.Kind kind, String what) {
    Set<FieldPath> bindConflicts = new HashSet<>();
    for (PortPairs.Pair pair : PortPairs.pairs(context)) {
      if (bindConflict(pair)) {
        bindConflicts.add(pair.port().path());
      }
    }
    for (PortPairs.Pair pair : PortPairs.pairs(context)) {
      if (pair.kind() == kind && !bindConflicts.contains(pair.port().path())) {
        sink.report(
            pair.port().path(),
            pair.port().containerPort() + "/" + pair.port().protocol(),
            "port "
                + pair.port().containerPort()
                + "/"
                + pair.port().protocol()
                + " of container \""
                + pair.port().container().displayName()
                + "\": "
                + what
                + " with "
                + pair.other().path());
      }
    }
  }

  /**
   * A pair in two containers that run at the same time (regular containers and native sidecars):
   * {@code RT_PORT_BIND_CONFLICT} reports the later port, saying what breaks (only one of them can
   * bind it), so no generic warning is repeated at that port's entry. Ports whose only twins are in
   * the same container or in a plain init container keep the API server's warning.
   */
  private static boolean bindConflict(PortPairs.Pair pair) {
    ContainerRef a = pair.port().container();
    ContainerRef b = pair.other().container();
    return a != b && !a.isRunToCompletionInit() && !b.isRunToCompletionInit();
  }

  /**
   * Checks {@code owner.resources.field} of a container, or {@code owner.overhead} of the pod when
   * {@code field} is null.
   */
  private static void check(
      FieldPath owner, String field, Map<String, Quantity> values, ViolationSink sink) {
    if (values == null) {
      return;
    }
    for (String name : BYTE_RESOURCES) {
      Quantity quantity = values.get(name);
      if (FractionalBytes.isFractional(quantity)) {
        String text = FractionalBytes.render(quantity);
        FieldPath list =
            field == null ? owner.child("overhead") : owner.child("resources").child(field);
        sink.report(
            list.key(name),
            text,
            "fractional byte value \"" + text + "\" is invalid, must be an integer");
      }
    }
  }
}
