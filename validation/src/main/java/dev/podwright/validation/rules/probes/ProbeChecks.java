package dev.podwright.validation.rules.probes;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HTTPHeader;
import java.util.List;
import java.util.Optional;

/**
 * The checks behind {@link ProbeRule}, one static method per rule, and their helpers: {@code
 * PROBE_HANDLER_EXACTLY_ONE}, {@code PROBE_EXEC_COMMAND}, {@code PROBE_HTTPGET}, {@code
 * PROBE_TCP_GRPC_PORT}, {@code PROBE_TIMING_NONNEGATIVE}, {@code PROBE_SUCCESS_THRESHOLD_ONE},
 * {@code PROBE_TERMINATION_GRACE}, {@code LIFECYCLE_HANDLER_EXACTLY_ONE}, {@code
 * LIFECYCLE_SLEEP_RANGE}.
 */
final class ProbeChecks {

  private static final long DEFAULT_GRACE = 30;

  private static final KubernetesVersion ZERO = Handlers.SLEEP_ZERO;

  private ProbeChecks() {}

  /** Checks {@link ProbeRule#PROBE_HANDLER_EXACTLY_ONE}. */
  static void probeHandlerExactlyOne(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.probeHandlers(context)) {
      int count = handler.count();
      if (count == 0) {
        sink.report(
            handler.path(),
            null,
            "the "
                + handler.describe()
                + " must specify a handler type: exec, httpGet, tcpSocket or grpc");
      }
      if (count > 1) {
        reportExtraHandlerTypes(handler, sink);
      }
    }
  }

  /** Checks {@link ProbeRule#PROBE_EXEC_COMMAND}. */
  static void probeExecCommand(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.allHandlers(context)) {
      if (!"exec".equals(handler.firstAction())) {
        continue;
      }
      if (handler.exec().getCommand() == null || handler.exec().getCommand().isEmpty()) {
        sink.report(
            handler.path().child("exec").child("command"),
            null,
            "the exec action of the " + handler.describe() + " has no command");
      }
    }
  }

  /** Checks {@link ProbeRule#PROBE_HTTPGET}. */
  static void probeHttpGet(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.allHandlers(context)) {
      if (!"httpGet".equals(handler.firstAction())) {
        continue;
      }
      V1HTTPGetAction http = handler.httpGet();
      Optional<String> portProblem = Handlers.portProblem(http.getPort());
      if (portProblem.isPresent()) {
        sink.report(
            path(handler, "port"),
            Handlers.render(http.getPort()),
            "httpGet port "
                + Handlers.render(http.getPort())
                + " of the "
                + handler.describe()
                + " "
                + portProblem.get());
      }
      String scheme = http.getScheme();
      if (scheme != null
          && !scheme.isEmpty()
          && !scheme.equals("HTTP")
          && !scheme.equals("HTTPS")) {
        sink.report(
            path(handler, "scheme"),
            scheme,
            "httpGet scheme \""
                + scheme
                + "\" of the "
                + handler.describe()
                + " is not supported; supported values: HTTP, HTTPS");
      }
      if (http.getHttpHeaders() != null) {
        for (V1HTTPHeader header : http.getHttpHeaders()) {
          if (header == null) {
            continue;
          }
          String name = header.getName();
          Optional<String> problem = KubeIdentifiers.httpHeaderName(name);
          if (problem.isPresent()) {
            sink.report(
                path(handler, "httpHeaders"),
                name,
                "httpGet header name \""
                    + name
                    + "\" of the "
                    + handler.describe()
                    + " "
                    + problem.get());
          }
        }
      }
    }
  }

  /** Checks {@link ProbeRule#PROBE_TCP_GRPC_PORT}. */
  static void probeTcpGrpcPort(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.allHandlers(context)) {
      String first = handler.firstAction();
      if ("tcpSocket".equals(first)) {
        IntOrString port = handler.tcpSocket().getPort();
        Optional<String> problem = Handlers.portProblem(port);
        if (problem.isPresent()) {
          sink.report(
              handler.path().child("tcpSocket").child("port"),
              Handlers.render(port),
              "tcpSocket port "
                  + Handlers.render(port)
                  + " of the "
                  + handler.describe()
                  + " "
                  + problem.get());
        }
      } else if ("grpc".equals(first)) {
        Integer port = handler.grpc().getPort();
        if (port == null || !KubeIdentifiers.isPortNumber(port)) {
          sink.report(
              handler.path().child("grpc").child("port"),
              port,
              "grpc port "
                  + port
                  + " of the "
                  + handler.describe()
                  + " must be between 1 and 65535, inclusive");
        }
      }
    }
  }

  /** Checks {@link ProbeRule#PROBE_TIMING_NONNEGATIVE}. */
  static void probeTimingNonNegative(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Probe probe : Handlers.probes(context)) {
      check(probe, "initialDelaySeconds", probe.probe().getInitialDelaySeconds(), sink);
      check(probe, "timeoutSeconds", probe.probe().getTimeoutSeconds(), sink);
      check(probe, "periodSeconds", probe.probe().getPeriodSeconds(), sink);
      check(probe, "successThreshold", probe.probe().getSuccessThreshold(), sink);
      check(probe, "failureThreshold", probe.probe().getFailureThreshold(), sink);
    }
  }

  /** Checks {@link ProbeRule#PROBE_SUCCESS_THRESHOLD_ONE}. */
  static void probeSuccessThresholdOne(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Probe probe : Handlers.probes(context)) {
      Integer threshold = probe.probe().getSuccessThreshold();
      if (probe.kind().equals("readiness")
          || threshold == null
          || threshold == 0
          || threshold == 1) {
        continue;
      }
      sink.report(
          probe.path().child("successThreshold"),
          threshold,
          "successThreshold " + threshold + " of the " + probe.describe() + " must be 1");
    }
  }

  /** Checks {@link ProbeRule#PROBE_TERMINATION_GRACE}. */
  static void probeTerminationGrace(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Probe probe : Handlers.probes(context)) {
      Long grace = probe.probe().getTerminationGracePeriodSeconds();
      if (grace == null) {
        continue;
      }
      if (grace <= 0) {
        sink.report(
            probe.path().child("terminationGracePeriodSeconds"),
            grace,
            "terminationGracePeriodSeconds "
                + grace
                + " of the "
                + probe.describe()
                + " must be greater than 0");
      }
      if (probe.kind().equals("readiness")) {
        sink.report(
            probe.path().child("terminationGracePeriodSeconds"),
            grace,
            "terminationGracePeriodSeconds must not be set for readinessProbes (container \""
                + probe.container().displayName()
                + "\")");
      }
    }
  }

  /** Checks {@link ProbeRule#LIFECYCLE_HANDLER_EXACTLY_ONE}. */
  static void lifecycleHandlerExactlyOne(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.lifecycleHandlers(context)) {
      int count = handler.count();
      if (count == 0) {
        sink.report(
            handler.path(),
            null,
            "the "
                + handler.describe()
                + " must specify a handler type: exec, httpGet, tcpSocket"
                + (context.version().isAtLeast(Handlers.SLEEP_ACTION)
                    ? " or sleep"
                    : " (sleep only from Kubernetes " + Handlers.SLEEP_ACTION + ")"));
      }
      if (count > 1) {
        reportExtraHandlerTypes(handler, sink);
      }
    }
  }

  /** Checks {@link ProbeRule#LIFECYCLE_SLEEP_RANGE}. */
  static void lifecycleSleepRange(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(Handlers.SLEEP_ACTION)) {
      return;
    }
    boolean zero = context.version().isAtLeast(Handlers.SLEEP_ZERO);
    Long podGrace = context.spec().getTerminationGracePeriodSeconds();
    long grace = podGrace == null ? DEFAULT_GRACE : podGrace;
    for (Handlers.Handler handler : Handlers.lifecycleHandlers(context)) {
      if (!"sleep".equals(handler.firstAction())) {
        continue;
      }
      Long seconds = handler.sleep().getSeconds();
      long value = seconds == null ? 0 : seconds;
      boolean tooLow = zero ? value < 0 : value <= 0;
      if (tooLow || value > grace) {
        sink.report(
            handler.path().child("sleep").child("seconds"),
            value,
            "sleep of "
                + value
                + " seconds in the "
                + handler.describe()
                + " must be "
                + (zero ? "non-negative" : "greater than 0")
                + " and no more than terminationGracePeriodSeconds ("
                + grace
                + ")"
                + (!zero && value == 0 ? "; zero is allowed from Kubernetes " + ZERO : ""));
      }
    }
  }

  /** The path of a field of a handler's {@code httpGet}. */
  private static FieldPath path(Handlers.Handler handler, String field) {
    return handler.path().child("httpGet").child(field);
  }

  private static void check(Handlers.Probe probe, String field, Integer value, ViolationSink sink) {
    if (value != null && value < 0) {
      sink.report(
          probe.path().child(field),
          value,
          field
              + " "
              + value
              + " of the "
              + probe.describe()
              + " must be greater than or equal to 0");
    }
  }

  /** Reports every handler type after the first: the API server allows exactly one. */
  private static void reportExtraHandlerTypes(Handlers.Handler handler, ViolationSink sink) {
    List<String> actions = handler.actions();
    for (int i = 1; i < actions.size(); i++) {
      sink.report(
          handler.path().child(actions.get(i)),
          null,
          "the "
              + handler.describe()
              + " sets "
              + String.join(" and ", actions)
              + "; it may not specify more than 1 handler type");
    }
  }
}
