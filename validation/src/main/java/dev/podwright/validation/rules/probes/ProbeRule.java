package dev.podwright.validation.rules.probes;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for probes and lifecycle handlers: one constant per rule, named by its rule
 * id, in catalog order. Hosts pick rules by constant, e.g. {@code
 * ProbeRule.PROBE_HANDLER_EXACTLY_ONE}.
 */
public enum ProbeRule implements PodSpecRule {
  /**
   * Every probe sets exactly one of {@code exec}, {@code httpGet}, {@code tcpSocket} and {@code
   * grpc} ({@code PROBE_HANDLER_EXACTLY_ONE}).
   */
  PROBE_HANDLER_EXACTLY_ONE(
      Severity.ERROR,
      Section.PROBES,
      "Every probe sets exactly one of exec, httpGet, tcpSocket, grpc.",
      "The API server rejects a probe with no handler (Required) or several (Forbidden).",
      "Keep exactly one handler in the probe."),

  /**
   * An {@code exec} action of a probe or hook has a command ({@code PROBE_EXEC_COMMAND}). Only the
   * first action of a handler is validated, as on the API server.
   */
  PROBE_EXEC_COMMAND(
      Severity.ERROR,
      Section.PROBES,
      "An exec action of a probe or lifecycle hook has a non-empty command.",
      "The API server rejects an exec action without command (Required value).",
      "Give the exec action a command, e.g. [\"sh\", \"-c\", \"test -f /tmp/ready\"]."),

  /**
   * An {@code httpGet} action of a probe or hook has a valid port, scheme and header names ({@code
   * PROBE_HTTPGET}); an unset path and scheme are defaulted. Header name errors are reported at
   * {@code ...httpGet.httpHeaders}, as on the API server.
   */
  PROBE_HTTPGET(
      Severity.ERROR,
      Section.PROBES,
      "An httpGet action uses a port number 1-65535 or an IANA_SVC_NAME, scheme HTTP or HTTPS, and valid header names.",
      "The API server rejects a bad port or header name (Invalid value) and other schemes (Unsupported value).",
      "Use a port number or the name of a declared container port, scheme HTTP or HTTPS, and header names of letters, digits and '-'."),

  /**
   * A {@code tcpSocket} port is a number 1-65535 or an {@code IANA_SVC_NAME}; a {@code grpc} port
   * is a number 1-65535 ({@code PROBE_TCP_GRPC_PORT}).
   */
  PROBE_TCP_GRPC_PORT(
      Severity.ERROR,
      Section.PROBES,
      "tcpSocket ports are numbers 1-65535 or IANA_SVC_NAMEs; grpc ports are numbers 1-65535.",
      "The API server rejects invalid tcpSocket and grpc ports (Invalid value).",
      "Use a port number 1-65535 (grpc) or a port number or declared port name (tcpSocket)."),

  /**
   * Every probe has non-negative timing fields ({@code PROBE_TIMING_NONNEGATIVE}); zero or unset is
   * defaulted.
   */
  PROBE_TIMING_NONNEGATIVE(
      Severity.ERROR,
      Section.PROBES,
      "Probe initialDelaySeconds, timeoutSeconds, periodSeconds, successThreshold and failureThreshold are not negative.",
      "The API server rejects negative probe timings (Invalid value).",
      "Use a positive value, or leave the field unset for its default."),

  /**
   * Liveness and startup probes have {@code successThreshold} 1 ({@code
   * PROBE_SUCCESS_THRESHOLD_ONE}); unset or zero is defaulted to 1.
   */
  PROBE_SUCCESS_THRESHOLD_ONE(
      Severity.ERROR,
      Section.PROBES,
      "Liveness and startup probes use successThreshold 1.",
      "The API server rejects any other successThreshold on liveness and startup probes (Invalid value).",
      "Set successThreshold to 1 or leave it unset; only readiness probes may require several successes."),

  /**
   * A probe-level {@code terminationGracePeriodSeconds} is positive and not set on readiness probes
   * ({@code PROBE_TERMINATION_GRACE}).
   */
  PROBE_TERMINATION_GRACE(
      Severity.ERROR,
      Section.PROBES,
      "A probe's terminationGracePeriodSeconds is greater than 0 and only set on liveness or startup probes.",
      "The API server rejects a non-positive value and any value on a readiness probe (Invalid value).",
      "Remove terminationGracePeriodSeconds from readiness probes; elsewhere use a positive number of seconds."),

  /**
   * Every {@code postStart} and {@code preStop} hook sets exactly one of {@code exec}, {@code
   * httpGet}, {@code tcpSocket} and {@code sleep} ({@code LIFECYCLE_HANDLER_EXACTLY_ONE}); {@code
   * sleep} counts from Kubernetes 1.30, before which it is dropped.
   */
  LIFECYCLE_HANDLER_EXACTLY_ONE(
      Severity.ERROR,
      Section.PROBES,
      "Every lifecycle hook sets exactly one of exec, httpGet, tcpSocket, sleep.",
      "The API server rejects a hook with no handler (Required) or several (Forbidden); sleep is dropped before 1.30.",
      "Keep exactly one handler in the hook."),

  /**
   * A {@code sleep} hook lasts more than 0 seconds (0 allowed from Kubernetes 1.33) and no longer
   * than the pod {@code terminationGracePeriodSeconds} (default 30) ({@code
   * LIFECYCLE_SLEEP_RANGE}). Before 1.30 the sleep action is dropped and not checked here.
   */
  LIFECYCLE_SLEEP_RANGE(
      Severity.ERROR,
      Section.PROBES,
      "A sleep hook lasts more than 0 seconds (0 allowed from 1.33) and at most the pod's terminationGracePeriodSeconds.",
      "The API server rejects sleep durations outside that range (Invalid value).",
      "Use a sleep shorter than spec.terminationGracePeriodSeconds (30 by default), or raise the grace period.");

  private final RuleInfo info;

  ProbeRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case PROBE_HANDLER_EXACTLY_ONE -> ProbeChecks.probeHandlerExactlyOne(context, sink);
      case PROBE_EXEC_COMMAND -> ProbeChecks.probeExecCommand(context, sink);
      case PROBE_HTTPGET -> ProbeChecks.probeHttpGet(context, sink);
      case PROBE_TCP_GRPC_PORT -> ProbeChecks.probeTcpGrpcPort(context, sink);
      case PROBE_TIMING_NONNEGATIVE -> ProbeChecks.probeTimingNonNegative(context, sink);
      case PROBE_SUCCESS_THRESHOLD_ONE -> ProbeChecks.probeSuccessThresholdOne(context, sink);
      case PROBE_TERMINATION_GRACE -> ProbeChecks.probeTerminationGrace(context, sink);
      case LIFECYCLE_HANDLER_EXACTLY_ONE -> ProbeChecks.lifecycleHandlerExactlyOne(context, sink);
      case LIFECYCLE_SLEEP_RANGE -> ProbeChecks.lifecycleSleepRange(context, sink);
    }
  }
}
