package dev.podwright.validation.rules.containers;

import static dev.podwright.validation.rules.RuleHarness.assertClean;
import static dev.podwright.validation.rules.RuleHarness.assertReports;
import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.kubernetes.KubernetesVersion;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerRestartRule;
import io.kubernetes.client.openapi.models.V1ContainerRestartRuleOnExitCodes;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerRulesTest {

  private static final KubernetesVersion V1_28 = KubernetesVersion.of(1, 28);
  private static final KubernetesVersion V1_29 = KubernetesVersion.of(1, 29);
  private static final KubernetesVersion V1_33 = KubernetesVersion.of(1, 33);
  private static final KubernetesVersion V1_34 = KubernetesVersion.of(1, 34);
  private static final KubernetesVersion V1_35 = KubernetesVersion.of(1, 35);

  private static V1PodSpec withInit(V1Container... init) {
    return pod(container("app")).initContainers(new ArrayList<>(Arrays.asList(init)));
  }

  private static V1Probe probe() {
    return new V1Probe().exec(new V1ExecAction().command(List.of("true")));
  }

  private static V1Lifecycle lifecycle() {
    return new V1Lifecycle()
        .preStop(new V1LifecycleHandler().exec(new V1ExecAction().command(List.of("sleep", "5"))));
  }

  @Test
  void podContainersRequired() {
    ContainerRule rule = ContainerRule.POD_CONTAINERS_REQUIRED;
    assertReports(rule, new V1PodSpec(), "spec.containers");
    assertReports(
        rule,
        new V1PodSpec()
            .initContainers(new ArrayList<>(List.of(container("proxy").restartPolicy("Always")))),
        "spec.containers");
    assertReports(rule, new V1PodSpec().containers(null), "spec.containers");
    assertClean(rule, pod(container("app")));
  }

  @Test
  void containerImageRequired() {
    ContainerRule rule = ContainerRule.CONTAINER_IMAGE_REQUIRED;
    assertReports(
        rule,
        pod(container("app"), new V1Container().name("b"), container("c").image(""))
            .initContainers(new ArrayList<>(List.of(new V1Container().name("init")))),
        "spec.initContainers[0].image",
        "spec.containers[1].image",
        "spec.containers[2].image");
    assertClean(rule, withInit(container("init")));
  }

  @Test
  void containerImageWhitespace() {
    ContainerRule rule = ContainerRule.CONTAINER_IMAGE_WHITESPACE;
    assertReports(
        rule,
        pod(container("a").image(" nginx:1.27"), container("b").image("nginx:1.27\n")),
        "spec.containers[0].image",
        "spec.containers[1].image");
    assertClean(rule, pod(container("a").image("nginx:1.27"), container("b").image("")));
  }

  @Test
  void containerPullPolicyEnum() {
    ContainerRule rule = ContainerRule.CONTAINER_PULL_POLICY_ENUM;
    assertReports(
        rule,
        pod(container("a").imagePullPolicy("always"), container("b").imagePullPolicy("Sometimes")),
        "spec.containers[0].imagePullPolicy",
        "spec.containers[1].imagePullPolicy");
    assertClean(
        rule,
        pod(
            container("a").imagePullPolicy("Always"),
            container("b").imagePullPolicy("IfNotPresent"),
            container("c").imagePullPolicy("Never"),
            container("d"),
            container("e").imagePullPolicy("")));
  }

  @Test
  void containerTerminationMessagePolicyEnum() {
    ContainerRule rule = ContainerRule.CONTAINER_TERMINATION_MSG_POLICY_ENUM;
    assertReports(
        rule,
        withInit(container("i").terminationMessagePolicy("Logs")),
        "spec.initContainers[0].terminationMessagePolicy");
    assertClean(
        rule,
        pod(
            container("a").terminationMessagePolicy("File"),
            container("b").terminationMessagePolicy("FallbackToLogsOnError"),
            container("c")));
  }

  @Test
  void containerRestartPolicyOnRegularIsForbiddenBefore134() {
    ContainerRule rule = ContainerRule.CONTAINER_RESTARTPOLICY_ON_REGULAR;
    V1PodSpec spec = pod(container("app"), container("side").restartPolicy("Always"));
    assertReports(rule, run(rule, spec, V1_29), "spec.containers[1].restartPolicy");
    assertReports(rule, run(rule, spec, V1_33), "spec.containers[1].restartPolicy");
    assertThat(run(rule, spec, V1_29).get(0).message())
        .contains("may not be set for non-init containers");
    // 1.34: the ContainerRestartRules gate is off and the field is dropped; before 1.28 unknown
    assertThat(run(rule, spec, V1_34)).isEmpty();
    assertThat(run(rule, spec, KubernetesVersion.of(1, 27))).isEmpty();
    assertThat(run(rule, pod(container("app")), V1_29)).isEmpty();
  }

  @Test
  void containerRestartPolicyOnRegularIsAnEnumFrom135() {
    ContainerRule rule = ContainerRule.CONTAINER_RESTARTPOLICY_ON_REGULAR;
    assertReports(
        rule,
        run(
            rule,
            pod(container("a").restartPolicy("Sometimes"), container("b").restartPolicy("Never")),
            V1_35),
        "spec.containers[0].restartPolicy");
    assertClean(
        rule,
        pod(container("a").restartPolicy("OnFailure"), container("b").restartPolicy("Always")));
  }

  @Test
  void sidecarRestartPolicyValue() {
    ContainerRule rule = ContainerRule.SIDECAR_RESTARTPOLICY_VALUE;
    V1PodSpec never =
        withInit(container("proxy").restartPolicy("Never"), container("s").restartPolicy("Always"));
    assertReports(rule, run(rule, never, V1_29), "spec.initContainers[0].restartPolicy");
    assertReports(rule, run(rule, never, V1_33), "spec.initContainers[0].restartPolicy");
    assertThat(run(rule, never, V1_34)).isEmpty();
    assertThat(run(rule, never, V1_35)).isEmpty();
    assertThat(run(rule, never, V1_28)).isEmpty();
    assertReports(
        rule,
        withInit(container("a").restartPolicy("always"), container("b").restartPolicy("")),
        "spec.initContainers[0].restartPolicy",
        "spec.initContainers[1].restartPolicy");
    assertClean(rule, withInit(container("a").restartPolicy("Always"), container("b")));
  }

  @Test
  void initProbesOnlyForSidecars() {
    ContainerRule rule = ContainerRule.INIT_PROBES_ONLY_FOR_SIDECARS;
    V1PodSpec spec =
        withInit(
            container("setup").livenessProbe(probe()).readinessProbe(probe()).startupProbe(probe()),
            container("proxy")
                .restartPolicy("Always")
                .readinessProbe(probe())
                .startupProbe(probe()),
            container("migrate").restartPolicy("Never").startupProbe(probe()));
    assertReports(
        rule,
        spec,
        "spec.initContainers[0].livenessProbe",
        "spec.initContainers[0].readinessProbe",
        "spec.initContainers[0].startupProbe",
        "spec.initContainers[2].startupProbe");
    // before 1.29 restartPolicy: Always is dropped, so the sidecar's probes are rejected too
    assertReports(
        rule,
        run(
            rule,
            withInit(container("proxy").restartPolicy("Always").readinessProbe(probe())),
            V1_28),
        "spec.initContainers[0].readinessProbe");
    assertThat(
            run(
                    rule,
                    withInit(container("proxy").restartPolicy("Always").readinessProbe(probe())),
                    V1_28)
                .get(0)
                .message())
        .contains("1.29");
    assertClean(
        rule,
        withInit(
                container("proxy").restartPolicy("Always").livenessProbe(probe()),
                container("setup"))
            .containers(new ArrayList<>(List.of(container("app").livenessProbe(probe())))));
  }

  @Test
  void initLifecycleOnlyForSidecars() {
    ContainerRule rule = ContainerRule.INIT_LIFECYCLE_ONLY_FOR_SIDECARS;
    assertReports(
        rule,
        withInit(
            container("setup").lifecycle(lifecycle()),
            container("proxy").restartPolicy("Always").lifecycle(lifecycle())),
        "spec.initContainers[0].lifecycle");
    assertReports(
        rule,
        run(
            rule,
            withInit(container("proxy").restartPolicy("Always").lifecycle(lifecycle())),
            V1_28),
        "spec.initContainers[0].lifecycle");
    assertClean(
        rule,
        withInit(container("proxy").restartPolicy("Always").lifecycle(lifecycle()))
            .containers(new ArrayList<>(List.of(container("app").lifecycle(lifecycle())))));
  }

  private static V1ContainerRestartRule rule(String action, String operator, Integer... codes) {
    return new V1ContainerRestartRule()
        .action(action)
        .exitCodes(
            new V1ContainerRestartRuleOnExitCodes()
                .operator(operator)
                .values(new ArrayList<>(Arrays.asList(codes))));
  }

  @Test
  void restartRulesNeedPolicy() {
    ContainerRule rule = ContainerRule.RESTART_RULES_NEED_POLICY;
    V1PodSpec spec =
        pod(
                container("app"),
                container("retry")
                    .restartPolicyRules(new ArrayList<>(List.of(rule("Restart", "In", 3)))))
            .initContainers(
                new ArrayList<>(
                    List.of(
                        container("init")
                            .restartPolicyRules(
                                new ArrayList<>(List.of(rule("Restart", "In", 1)))))));
    assertReports(
        rule, spec, "spec.initContainers[0].restartPolicy", "spec.containers[1].restartPolicy");
    assertThat(run(rule, spec, V1_34)).isEmpty();
    assertClean(
        rule,
        pod(
            container("retry")
                .restartPolicy("Never")
                .restartPolicyRules(new ArrayList<>(List.of(rule("Restart", "In", 3))))));
  }

  @Test
  void restartRulesLimits() {
    ContainerRule rule = ContainerRule.RESTART_RULES_LIMITS;
    List<V1ContainerRestartRule> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(rule("Restart", "In", i + 1));
    }
    Integer[] codes = new Integer[256];
    Arrays.setAll(codes, i -> i);
    assertReports(
        rule,
        pod(
            container("a").restartPolicy("Never").restartPolicyRules(many),
            container("b")
                .restartPolicy("Never")
                .restartPolicyRules(new ArrayList<>(List.of(rule("Restart", "NotIn", codes))))),
        "spec.containers[0].restartPolicyRules",
        "spec.containers[1].restartPolicyRules[0].exitCodes.values");
    assertClean(
        rule,
        pod(
            container("a")
                .restartPolicy("Never")
                .restartPolicyRules(new ArrayList<>(many.subList(0, 20)))));
  }

  @Test
  void restartRulesFields() {
    ContainerRule rule = ContainerRule.RESTART_RULES_FIELDS;
    V1PodSpec spec =
        pod(
            container("a")
                .restartPolicy("Never")
                .restartPolicyRules(
                    new ArrayList<>(
                        Arrays.asList(
                            rule("DoNotRestart", "In", 1),
                            rule("Restart", "Equals", 1),
                            new V1ContainerRestartRule().action("Restart"),
                            rule("RestartAllContainers", "NotIn", 0),
                            null))));
    assertReports(
        rule,
        spec,
        "spec.containers[0].restartPolicyRules[0].action",
        "spec.containers[0].restartPolicyRules[1].exitCodes.operator",
        "spec.containers[0].restartPolicyRules[2].exitCodes");
    // RestartAllContainers needs 1.36
    assertReports(
        rule,
        run(rule, spec, V1_35),
        "spec.containers[0].restartPolicyRules[0].action",
        "spec.containers[0].restartPolicyRules[1].exitCodes.operator",
        "spec.containers[0].restartPolicyRules[2].exitCodes",
        "spec.containers[0].restartPolicyRules[3].action");
    assertThat(run(rule, spec, V1_34)).isEmpty();
    assertClean(
        rule,
        pod(
            container("a")
                .restartPolicy("OnFailure")
                .restartPolicyRules(new ArrayList<>(List.of(rule("Restart", "In", 42))))));
  }

  @Test
  void restartRulesOnSidecar() {
    ContainerRule rule = ContainerRule.RESTART_RULES_ON_SIDECAR;
    V1PodSpec spec =
        withInit(
            container("proxy")
                .restartPolicy("Always")
                .restartPolicyRules(new ArrayList<>(List.of(rule("Restart", "In", 1)))),
            container("init")
                .restartPolicy("Never")
                .restartPolicyRules(new ArrayList<>(List.of(rule("Restart", "In", 1)))));
    assertReports(rule, run(rule, spec, V1_35), "spec.initContainers[0].restartPolicyRules");
    assertThat(run(rule, spec, KubernetesVersion.of(1, 36))).isEmpty();
    assertThat(run(rule, spec, V1_34)).isEmpty();
    assertThat(run(rule, withInit(container("proxy").restartPolicy("Always")), V1_35)).isEmpty();
  }

  @Test
  void sidecarFieldSilentlyDropped() {
    ContainerRule rule = ContainerRule.SIDECAR_FIELD_SILENTLY_DROPPED;
    V1PodSpec spec = withInit(container("setup"), container("proxy").restartPolicy("Always"));
    assertReports(rule, run(rule, spec, V1_28), "spec.initContainers[1].restartPolicy");
    assertReports(
        rule, run(rule, spec, KubernetesVersion.of(1, 27)), "spec.initContainers[1].restartPolicy");
    assertThat(run(rule, spec, V1_28).get(0).message()).contains("1.28").contains("\"proxy\"");
    assertThat(run(rule, spec, V1_29)).isEmpty();
    assertClean(rule, spec);
    assertThat(run(rule, withInit(container("setup")), V1_28)).isEmpty();
  }
}
