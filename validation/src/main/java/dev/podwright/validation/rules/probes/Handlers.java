package dev.podwright.validation.rules.probes;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1GRPCAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1SleepAction;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The probes and lifecycle handlers the API server validates: those of regular containers and
 * native sidecars (on a run-to-completion init container they are forbidden outright, which the
 * container rules report).
 */
final class Handlers {

  /** The sleep lifecycle action is on by default from this release (dropped before). */
  static final KubernetesVersion SLEEP_ACTION = KubernetesVersion.of(1, 30);

  /** A sleep of zero seconds is accepted from this release. */
  static final KubernetesVersion SLEEP_ZERO = KubernetesVersion.of(1, 33);

  private Handlers() {}

  /** One probe of a container. */
  record Probe(ContainerRef container, String kind, V1Probe probe, FieldPath path) {
    /** {@code liveness probe of container "app"}. */
    String describe() {
      return kind + " probe of container \"" + container.displayName() + "\"";
    }
  }

  /** A probe or lifecycle handler, its present actions in the API server's order. */
  record Handler(
      ContainerRef container,
      String kind,
      FieldPath path,
      V1ExecAction exec,
      V1HTTPGetAction httpGet,
      V1TCPSocketAction tcpSocket,
      V1GRPCAction grpc,
      V1SleepAction sleep) {

    /**
     * {@code liveness probe of container "app"}, {@code postStart hook of container "app"}: built
     * when a finding needs it, not for every handler.
     */
    String describe() {
      return kind + " of container \"" + container.displayName() + "\"";
    }

    /** The names of the actions that are set, in the order the API server checks them. */
    List<String> actions() {
      List<String> names = new ArrayList<>();
      if (exec != null) {
        names.add("exec");
      }
      if (httpGet != null) {
        names.add("httpGet");
      }
      if (tcpSocket != null) {
        names.add("tcpSocket");
      }
      if (grpc != null) {
        names.add("grpc");
      }
      if (sleep != null) {
        names.add("sleep");
      }
      return names;
    }

    /** The action the API server validates: the first one set (the others are Forbidden). */
    Optional<String> first() {
      List<String> names = actions();
      return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
    }

    /** The name of the first action set, as {@link #first()} but null when none; no allocation. */
    String firstAction() {
      if (exec != null) {
        return "exec";
      }
      if (httpGet != null) {
        return "httpGet";
      }
      if (tcpSocket != null) {
        return "tcpSocket";
      }
      if (grpc != null) {
        return "grpc";
      }
      if (sleep != null) {
        return "sleep";
      }
      return null;
    }

    /** How many actions are set, as {@code actions().size()} but without allocating. */
    int count() {
      return (exec != null ? 1 : 0)
          + (httpGet != null ? 1 : 0)
          + (tcpSocket != null ? 1 : 0)
          + (grpc != null ? 1 : 0)
          + (sleep != null ? 1 : 0);
    }
  }

  private static final PodSpecContext.Derived<List<ContainerRef>> LONG_RUNNING = new LongRunning();

  private static final PodSpecContext.Derived<List<Probe>> PROBES = new Probes();

  private static final PodSpecContext.Derived<List<Handler>> PROBE_HANDLERS = new ProbeHandlers();

  private static final PodSpecContext.Derived<List<Handler>> LIFECYCLE_HANDLERS =
      new LifecycleHandlers();

  private static final PodSpecContext.Derived<List<Handler>> ALL_HANDLERS = new AllHandlers();

  /** The containers that may have probes and hooks: all but plain init containers. */
  static List<ContainerRef> containers(PodSpecContext context) {
    return context.derived(LONG_RUNNING);
  }

  /** Every probe, in spec order, built once per validation. */
  static List<Probe> probes(PodSpecContext context) {
    return context.derived(PROBES);
  }

  /** Every probe's handler, in spec order, built once per validation. */
  static List<Handler> probeHandlers(PodSpecContext context) {
    return context.derived(PROBE_HANDLERS);
  }

  /** Every lifecycle hook's handler, in spec order, built once per validation. */
  static List<Handler> lifecycleHandlers(PodSpecContext context) {
    return context.derived(LIFECYCLE_HANDLERS);
  }

  private static final class LongRunning implements PodSpecContext.Derived<List<ContainerRef>> {
    @Override
    public List<ContainerRef> compute(PodSpecContext context) {
      List<ContainerRef> some = new ArrayList<>();
      for (ContainerRef ref : context.containers()) {
        if (!ref.isRunToCompletionInit()) {
          some.add(ref);
        }
      }
      return List.copyOf(some);
    }
  }

  private static final class Probes implements PodSpecContext.Derived<List<Probe>> {
    @Override
    public List<Probe> compute(PodSpecContext context) {
      return List.copyOf(collectProbes(context));
    }
  }

  private static final class ProbeHandlers implements PodSpecContext.Derived<List<Handler>> {
    @Override
    public List<Handler> compute(PodSpecContext context) {
      return List.copyOf(collectProbeHandlers(context));
    }
  }

  private static final class LifecycleHandlers implements PodSpecContext.Derived<List<Handler>> {
    @Override
    public List<Handler> compute(PodSpecContext context) {
      return List.copyOf(collectLifecycleHandlers(context));
    }
  }

  private static final class AllHandlers implements PodSpecContext.Derived<List<Handler>> {
    @Override
    public List<Handler> compute(PodSpecContext context) {
      List<Handler> all = new ArrayList<>(probeHandlers(context));
      all.addAll(lifecycleHandlers(context));
      return List.copyOf(all);
    }
  }

  /** Every probe set on a validated container. */
  private static List<Probe> collectProbes(PodSpecContext context) {
    List<Probe> all = new ArrayList<>();
    for (ContainerRef ref : containers(context)) {
      V1Container c = ref.container();
      add(all, ref, "liveness", c.getLivenessProbe(), "livenessProbe");
      add(all, ref, "readiness", c.getReadinessProbe(), "readinessProbe");
      add(all, ref, "startup", c.getStartupProbe(), "startupProbe");
    }
    return all;
  }

  private static void add(
      List<Probe> all, ContainerRef ref, String kind, V1Probe probe, String field) {
    if (probe != null) {
      all.add(new Probe(ref, kind, probe, ref.path().child(field)));
    }
  }

  /** The handlers of every probe. */
  private static List<Handler> collectProbeHandlers(PodSpecContext context) {
    List<Handler> all = new ArrayList<>();
    for (Probe p : probes(context)) {
      V1Probe probe = p.probe();
      all.add(
          new Handler(
              p.container(),
              label(p.kind()),
              p.path(),
              probe.getExec(),
              probe.getHttpGet(),
              probe.getTcpSocket(),
              probe.getGrpc(),
              null));
    }
    return all;
  }

  /** The postStart and preStop handlers; sleep counts only where the version has it. */
  private static List<Handler> collectLifecycleHandlers(PodSpecContext context) {
    boolean sleep = context.version().isAtLeast(SLEEP_ACTION);
    List<Handler> all = new ArrayList<>();
    for (ContainerRef ref : containers(context)) {
      V1Lifecycle lifecycle = ref.container().getLifecycle();
      if (lifecycle == null) {
        continue;
      }
      FieldPath path = ref.path().child("lifecycle");
      addHook(all, ref, "postStart", lifecycle.getPostStart(), path, sleep);
      addHook(all, ref, "preStop", lifecycle.getPreStop(), path, sleep);
    }
    return all;
  }

  private static void addHook(
      List<Handler> all,
      ContainerRef ref,
      String hook,
      V1LifecycleHandler handler,
      FieldPath lifecycle,
      boolean sleep) {
    if (handler == null) {
      return;
    }
    all.add(
        new Handler(
            ref,
            label(hook),
            lifecycle.child(hook),
            handler.getExec(),
            handler.getHttpGet(),
            handler.getTcpSocket(),
            null,
            sleep ? handler.getSleep() : null));
  }

  /** {@code liveness probe}, {@code postStart hook}: constants, so no handler builds text. */
  private static String label(String kind) {
    return switch (kind) {
      case "liveness" -> "liveness probe";
      case "readiness" -> "readiness probe";
      case "startup" -> "startup probe";
      case "postStart" -> "postStart hook";
      case "preStop" -> "preStop hook";
      default -> kind;
    };
  }

  /** Probe handlers, then lifecycle handlers, built once per validation (read-only). */
  static List<Handler> allHandlers(PodSpecContext context) {
    return context.derived(ALL_HANDLERS);
  }

  /** What is wrong with a port given as a number or an IANA_SVC_NAME, or empty. */
  static Optional<String> portProblem(IntOrString port) {
    if (port == null) {
      return Optional.of("must be between 1 and 65535, inclusive");
    }
    if (port.isInteger()) {
      Integer number = port.getIntValue();
      return number != null && KubeIdentifiers.isPortNumber(number)
          ? Optional.empty()
          : Optional.of("must be between 1 and 65535, inclusive");
    }
    return KubeIdentifiers.portName(port.getStrValue());
  }

  /** How a port prints. */
  static String render(IntOrString port) {
    if (port == null) {
      return "null";
    }
    return port.isInteger() ? String.valueOf(port.getIntValue()) : "\"" + port.getStrValue() + "\"";
  }
}
