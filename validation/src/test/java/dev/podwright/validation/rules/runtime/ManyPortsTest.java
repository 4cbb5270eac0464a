package dev.podwright.validation.rules.runtime;

import static dev.podwright.validation.rules.RuleHarness.run;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.c;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.pod;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.port;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.sidecar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code RT_PORT_BIND_CONFLICT} compares a few ports pairwise and indexes many by port/protocol:
 * both ways must report the same findings at the same paths with the same messages.
 */
class ManyPortsTest {

  /** The conflicting ports, then {@code fillers} unrelated ports on a container of their own. */
  private static V1PodSpec spec(int fillers) {
    V1Container filler = c("filler");
    for (int i = 0; i < fillers; i++) {
      filler.addPortsItem(port(20000 + i));
    }
    return pod(
            c("app").addPortsItem(port(8080)).addPortsItem(port(8080)).addPortsItem(port(53)),
            c("dns").addPortsItem(port(53).protocol("UDP")).addPortsItem(port(8080)),
            filler,
            c("late").addPortsItem(port(53)).addPortsItem(port(9090).protocol("")))
        .initContainers(
            List.of(
                c("setup").addPortsItem(port(8080)),
                sidecar("proxy").addPortsItem(port(9090).protocol(""))));
  }

  private static List<String> findings(int fillers) {
    return run(RuntimeHazardRule.RT_PORT_BIND_CONFLICT, spec(fillers)).stream()
        .map(v -> v.path() + " " + v.message())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 20})
  void reportsEachPortTheFirstContainerAlreadyBinds(int fillers) {
    List<Violation> found = run(RuntimeHazardRule.RT_PORT_BIND_CONFLICT, spec(fillers));
    assertThat(found)
        .extracting(Violation::path)
        .containsExactly(
            "spec.containers[1].ports[1].containerPort",
            "spec.containers[3].ports[0].containerPort",
            "spec.containers[3].ports[1].containerPort");
    assertThat(found.get(0).message()).contains("\"dns\"", "8080/TCP", "\"app\"");
    assertThat(found.get(1).message()).contains("\"late\"", "53/TCP", "\"app\"");
    assertThat(found.get(2).message()).contains("\"late\"", "9090/", "\"proxy\"");
  }

  @Test
  void pairwiseAndIndexedAgree() {
    assertThat(findings(20)).isEqualTo(findings(0));
  }
}
