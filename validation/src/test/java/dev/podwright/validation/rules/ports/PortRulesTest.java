package dev.podwright.validation.rules.ports;

import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.expect;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Severity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1PodSpec;
import org.junit.jupiter.api.Test;

class PortRulesTest {

  private static V1ContainerPort port(int number) {
    return new V1ContainerPort().containerPort(number);
  }

  private static V1Container with(String name, V1ContainerPort... ports) {
    V1Container c = container(name);
    for (V1ContainerPort p : ports) {
      c.addPortsItem(p);
    }
    return c;
  }

  @Test
  void containerPort() {
    PortRule rule = PortRule.PORT_CONTAINERPORT;
    expect(
        run(rule, pod(with("app", port(80), new V1ContainerPort(), port(70000)))),
        "PORT_CONTAINERPORT",
        Severity.ERROR,
        "spec.containers[0].ports[1].containerPort",
        "spec.containers[0].ports[2].containerPort");
    assertThat(run(rule, pod(with("app", port(1), port(65535))))).isEmpty();
  }

  @Test
  void hostPortRange() {
    PortRule rule = PortRule.PORT_HOSTPORT_RANGE;
    expect(
        run(rule, pod(with("app", port(80).hostPort(-1), port(81).hostPort(65536)))),
        "PORT_HOSTPORT_RANGE",
        Severity.ERROR,
        "spec.containers[0].ports[0].hostPort",
        "spec.containers[0].ports[1].hostPort");
    assertThat(run(rule, pod(with("app", port(80).hostPort(0), port(81).hostPort(8081)))))
        .isEmpty();
  }

  @Test
  void protocol() {
    PortRule rule = PortRule.PORT_PROTOCOL_ENUM;
    expect(
        run(rule, pod(with("app", port(80).protocol("tcp"), port(81).protocol("HTTP")))),
        "PORT_PROTOCOL_ENUM",
        Severity.ERROR,
        "spec.containers[0].ports[0].protocol",
        "spec.containers[0].ports[1].protocol");
    assertThat(
            run(
                rule,
                pod(with("app", port(80), port(81).protocol("UDP"), port(82).protocol("SCTP")))))
        .isEmpty();
  }

  @Test
  void portName() {
    PortRule rule = PortRule.PORT_NAME_IANA;
    expect(
        run(
            rule,
            pod(
                with(
                    "app",
                    port(80).name("http_port"),
                    port(81).name("HTTP"),
                    port(82).name("a-very-long-port-name"),
                    port(83).name("8080"),
                    port(84).name("a--b"),
                    port(85).name("-a")))),
        "PORT_NAME_IANA",
        Severity.ERROR,
        "spec.containers[0].ports[0].name",
        "spec.containers[0].ports[1].name",
        "spec.containers[0].ports[2].name",
        "spec.containers[0].ports[3].name",
        "spec.containers[0].ports[4].name",
        "spec.containers[0].ports[5].name");
    assertThat(run(rule, pod(with("app", port(80).name("http"), port(81).name("grpc-api-9")))))
        .isEmpty();
  }

  @Test
  void portNameUniqueInContainer() {
    PortRule rule = PortRule.PORT_NAME_UNIQUE_IN_CONTAINER;
    expect(
        run(rule, pod(with("app", port(80).name("web"), port(81).name("web")))),
        "PORT_NAME_UNIQUE_IN_CONTAINER",
        Severity.ERROR,
        "spec.containers[0].ports[1].name");
    assertThat(run(rule, pod(with("a", port(80).name("web")), with("b", port(81).name("web")))))
        .isEmpty();
  }

  @Test
  void hostPortConflictAcrossRegularContainers() {
    PortRule rule = PortRule.HOSTPORT_CONFLICT_REGULAR;
    expect(
        run(
            rule,
            pod(
                with("a", port(80).hostPort(8080)),
                with("b", port(81).hostPort(8080).protocol("TCP")))),
        "HOSTPORT_CONFLICT_REGULAR",
        Severity.ERROR,
        "spec.containers[1].ports[0].hostPort");
    assertThat(
            run(
                rule,
                pod(
                    with("a", port(80).hostPort(8080)),
                    with("b", port(81).hostPort(8080).protocol("UDP")),
                    with("c", port(82).hostPort(8080).hostIP("10.0.0.1")))))
        .isEmpty();
  }

  @Test
  void hostPortConflictWithinOneInitContainer() {
    PortRule rule = PortRule.HOSTPORT_CONFLICT_INIT_PER_CONTAINER;
    V1PodSpec spec =
        pod(with("app", port(80).hostPort(9000)))
            .addInitContainersItem(with("one", port(80).hostPort(9000)))
            .addInitContainersItem(with("two", port(80).hostPort(9000), port(81).hostPort(9000)));
    expect(
        run(rule, spec),
        "HOSTPORT_CONFLICT_INIT_PER_CONTAINER",
        Severity.ERROR,
        "spec.initContainers[1].ports[1].hostPort");
    assertThat(run(PortRule.HOSTPORT_CONFLICT_REGULAR, spec)).isEmpty();
  }

  @Test
  void hostNetworkNeedsMatchingHostPort() {
    PortRule rule = PortRule.HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT;
    V1PodSpec spec = pod(with("app", port(80).hostPort(8080), port(81), port(82).hostPort(82)));
    assertThat(run(rule, spec)).isEmpty();
    spec.hostNetwork(true);
    expect(
        run(rule, spec),
        "HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT",
        Severity.ERROR,
        "spec.containers[0].ports[0].hostPort");
  }
}
