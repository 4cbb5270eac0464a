package dev.podwright.validation.rules.probes;

import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.expect;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Severity;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1GRPCAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HTTPHeader;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1SleepAction;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeRulesTest {

  private static V1Probe http(Object port) {
    IntOrString p = port instanceof Integer i ? new IntOrString(i) : new IntOrString((String) port);
    return new V1Probe().httpGet(new V1HTTPGetAction().port(p));
  }

  private static V1LifecycleHandler sleep(long seconds) {
    return new V1LifecycleHandler().sleep(new V1SleepAction().seconds(seconds));
  }

  @Test
  void probeHandlerExactlyOne() {
    ProbeRule rule = ProbeRule.PROBE_HANDLER_EXACTLY_ONE;
    V1Container app =
        container("app")
            .livenessProbe(new V1Probe())
            .readinessProbe(
                http(8080).tcpSocket(new V1TCPSocketAction().port(new IntOrString(8080))));
    expect(
        run(rule, pod(app)),
        "PROBE_HANDLER_EXACTLY_ONE",
        Severity.ERROR,
        "spec.containers[0].livenessProbe",
        "spec.containers[0].readinessProbe.tcpSocket");
    assertThat(run(rule, pod(container("app").livenessProbe(http(8080))))).isEmpty();
  }

  @Test
  void nativeSidecarProbesAreCheckedPlainInitProbesAreNot() {
    ProbeRule rule = ProbeRule.PROBE_HANDLER_EXACTLY_ONE;
    V1PodSpec spec =
        pod(container("app"))
            .addInitContainersItem(container("init").livenessProbe(new V1Probe()))
            .addInitContainersItem(
                container("sidecar").restartPolicy("Always").startupProbe(new V1Probe()));
    expect(
        run(rule, spec),
        "PROBE_HANDLER_EXACTLY_ONE",
        Severity.ERROR,
        "spec.initContainers[1].startupProbe");
  }

  @Test
  void execCommand() {
    ProbeRule rule = ProbeRule.PROBE_EXEC_COMMAND;
    V1Container app =
        container("app")
            .livenessProbe(new V1Probe().exec(new V1ExecAction()))
            .lifecycle(
                new V1Lifecycle().preStop(new V1LifecycleHandler().exec(new V1ExecAction())));
    expect(
        run(rule, pod(app)),
        "PROBE_EXEC_COMMAND",
        Severity.ERROR,
        "spec.containers[0].livenessProbe.exec.command",
        "spec.containers[0].lifecycle.preStop.exec.command");
    assertThat(
            run(
                rule,
                pod(
                    container("app")
                        .livenessProbe(
                            new V1Probe().exec(new V1ExecAction().command(List.of("true")))))))
        .isEmpty();
  }

  @Test
  void httpGet() {
    ProbeRule rule = ProbeRule.PROBE_HTTPGET;
    V1Probe bad = http("HTTP_PORT");
    bad.getHttpGet().scheme("TCP").addHttpHeadersItem(new V1HTTPHeader().name("X Bad").value("1"));
    V1Container app =
        container("app")
            .readinessProbe(bad)
            .lifecycle(
                new V1Lifecycle()
                    .postStart(new V1LifecycleHandler().httpGet(new V1HTTPGetAction())));
    expect(
        run(rule, pod(app)),
        "PROBE_HTTPGET",
        Severity.ERROR,
        "spec.containers[0].readinessProbe.httpGet.port",
        "spec.containers[0].readinessProbe.httpGet.scheme",
        "spec.containers[0].readinessProbe.httpGet.httpHeaders",
        "spec.containers[0].lifecycle.postStart.httpGet.port");
    V1Probe good = http("http");
    good.getHttpGet()
        .scheme("HTTPS")
        .path("/healthz")
        .addHttpHeadersItem(new V1HTTPHeader().name("X-Probe").value("1"));
    assertThat(run(rule, pod(container("app").readinessProbe(good).livenessProbe(http(8080)))))
        .isEmpty();
  }

  @Test
  void tcpAndGrpcPorts() {
    ProbeRule rule = ProbeRule.PROBE_TCP_GRPC_PORT;
    V1Container app =
        container("app")
            .livenessProbe(
                new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString(0))))
            .readinessProbe(new V1Probe().grpc(new V1GRPCAction().port(70000)));
    expect(
        run(rule, pod(app)),
        "PROBE_TCP_GRPC_PORT",
        Severity.ERROR,
        "spec.containers[0].livenessProbe.tcpSocket.port",
        "spec.containers[0].readinessProbe.grpc.port");
    V1Container ok =
        container("app")
            .livenessProbe(
                new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString("db"))))
            .readinessProbe(new V1Probe().grpc(new V1GRPCAction().port(9090)));
    assertThat(run(rule, pod(ok))).isEmpty();
  }

  @Test
  void timingNonNegative() {
    ProbeRule rule = ProbeRule.PROBE_TIMING_NONNEGATIVE;
    V1Probe probe = http(80).initialDelaySeconds(-1).failureThreshold(-3);
    expect(
        run(rule, pod(container("app").startupProbe(probe))),
        "PROBE_TIMING_NONNEGATIVE",
        Severity.ERROR,
        "spec.containers[0].startupProbe.initialDelaySeconds",
        "spec.containers[0].startupProbe.failureThreshold");
    assertThat(
            run(
                rule,
                pod(container("app").startupProbe(http(80).periodSeconds(0).timeoutSeconds(5)))))
        .isEmpty();
  }

  @Test
  void successThresholdOne() {
    ProbeRule rule = ProbeRule.PROBE_SUCCESS_THRESHOLD_ONE;
    V1Container app =
        container("app")
            .livenessProbe(http(80).successThreshold(2))
            .startupProbe(http(80).successThreshold(3))
            .readinessProbe(http(80).successThreshold(3));
    expect(
        run(rule, pod(app)),
        "PROBE_SUCCESS_THRESHOLD_ONE",
        Severity.ERROR,
        "spec.containers[0].livenessProbe.successThreshold",
        "spec.containers[0].startupProbe.successThreshold");
    assertThat(run(rule, pod(container("app").livenessProbe(http(80).successThreshold(1)))))
        .isEmpty();
  }

  @Test
  void probeTerminationGrace() {
    ProbeRule rule = ProbeRule.PROBE_TERMINATION_GRACE;
    V1Container app =
        container("app")
            .livenessProbe(http(80).terminationGracePeriodSeconds(0L))
            .readinessProbe(http(80).terminationGracePeriodSeconds(10L));
    expect(
        run(rule, pod(app)),
        "PROBE_TERMINATION_GRACE",
        Severity.ERROR,
        "spec.containers[0].livenessProbe.terminationGracePeriodSeconds",
        "spec.containers[0].readinessProbe.terminationGracePeriodSeconds");
    assertThat(
            run(
                rule,
                pod(container("app").livenessProbe(http(80).terminationGracePeriodSeconds(5L)))))
        .isEmpty();
  }

  @Test
  void lifecycleHandlerExactlyOne() {
    ProbeRule rule = ProbeRule.LIFECYCLE_HANDLER_EXACTLY_ONE;
    V1Container app =
        container("app")
            .lifecycle(
                new V1Lifecycle()
                    .postStart(new V1LifecycleHandler())
                    .preStop(sleep(5).exec(new V1ExecAction().command(List.of("true")))));
    expect(
        run(rule, pod(app)),
        "LIFECYCLE_HANDLER_EXACTLY_ONE",
        Severity.ERROR,
        "spec.containers[0].lifecycle.postStart",
        "spec.containers[0].lifecycle.preStop.sleep");
    V1PodSpec sleepOnly = pod(container("app").lifecycle(new V1Lifecycle().preStop(sleep(5))));
    assertThat(run(rule, sleepOnly, "1.30")).isEmpty();
    expect(
        run(rule, sleepOnly, "1.29"),
        "LIFECYCLE_HANDLER_EXACTLY_ONE",
        Severity.ERROR,
        "spec.containers[0].lifecycle.preStop");
  }

  @Test
  void sleepRange() {
    ProbeRule rule = ProbeRule.LIFECYCLE_SLEEP_RANGE;
    V1PodSpec tooLong = pod(container("app").lifecycle(new V1Lifecycle().preStop(sleep(31))));
    expect(
        run(rule, tooLong),
        "LIFECYCLE_SLEEP_RANGE",
        Severity.ERROR,
        "spec.containers[0].lifecycle.preStop.sleep.seconds");
    assertThat(run(rule, tooLong.terminationGracePeriodSeconds(60L))).isEmpty();
    assertThat(run(rule, tooLong, "1.29")).isEmpty();
    V1PodSpec zero = pod(container("app").lifecycle(new V1Lifecycle().postStart(sleep(0))));
    assertThat(run(rule, zero, "1.33")).isEmpty();
    expect(
        run(rule, zero, "1.32"),
        "LIFECYCLE_SLEEP_RANGE",
        Severity.ERROR,
        "spec.containers[0].lifecycle.postStart.sleep.seconds");
  }
}
