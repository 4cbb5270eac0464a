package dev.podwright.validation.rules.pod;

import static dev.podwright.validation.rules.RuleHarness.assertClean;
import static dev.podwright.validation.rules.RuleHarness.assertReports;
import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.kubernetes.KubernetesVersion;
import io.kubernetes.client.openapi.models.V1PodDNSConfig;
import io.kubernetes.client.openapi.models.V1PodDNSConfigOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodRulesTest {

  @Test
  void podRestartPolicyEnum() {
    PodRule rule = PodRule.POD_RESTARTPOLICY_ENUM;
    assertReports(rule, pod(container("app")).restartPolicy("always"), "spec.restartPolicy");
    assertClean(rule, pod(container("app")).restartPolicy("OnFailure"));
    assertClean(rule, pod(container("app")));
  }

  @Test
  void templateRestartPolicyForController() {
    PodRule rule = PodRule.TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER;
    KubernetesVersion latest = KubernetesVersion.LATEST;
    assertReports(rule, run(rule, pod(container("app")), latest, true), "spec.restartPolicy");
    assertReports(
        rule,
        run(rule, pod(container("app")).restartPolicy("Always"), latest, true),
        "spec.restartPolicy");
    assertThat(run(rule, pod(container("app")).restartPolicy("Never"), latest, true)).isEmpty();
    assertThat(run(rule, pod(container("app")).restartPolicy("OnFailure"), latest, true)).isEmpty();
    // not a run-to-completion workload: nothing to say
    assertClean(rule, pod(container("app")).restartPolicy("Always"));
  }

  @Test
  void podActiveDeadlineRange() {
    PodRule rule = PodRule.POD_ACTIVE_DEADLINE_RANGE;
    assertReports(
        rule, pod(container("app")).activeDeadlineSeconds(0L), "spec.activeDeadlineSeconds");
    assertReports(
        rule, pod(container("app")).activeDeadlineSeconds(1L << 31), "spec.activeDeadlineSeconds");
    assertClean(rule, pod(container("app")).activeDeadlineSeconds(1L));
    assertClean(rule, pod(container("app")).activeDeadlineSeconds((long) Integer.MAX_VALUE));
  }

  @Test
  void podDnsPolicy() {
    PodRule rule = PodRule.POD_DNSPOLICY_ENUM;
    assertReports(rule, pod(container("app")).dnsPolicy("clusterFirst"), "spec.dnsPolicy");
    assertReports(rule, pod(container("app")).dnsPolicy("None"), "spec.dnsConfig");
    assertReports(
        rule,
        pod(container("app")).dnsPolicy("None").dnsConfig(new V1PodDNSConfig()),
        "spec.dnsConfig.nameservers");
    assertReports(
        rule,
        pod(container("app"))
            .dnsConfig(
                new V1PodDNSConfig()
                    .nameservers(
                        new ArrayList<>(List.of("1.1.1.1", "8.8.8.8", "9.9.9.9", "dns.example")))
                    .searches(new ArrayList<>(List.of("ns.svc.cluster.local", "Bad..name")))
                    .options(new ArrayList<>(List.of(new V1PodDNSConfigOption().value("2"))))),
        "spec.dnsConfig.nameservers",
        "spec.dnsConfig.nameservers[3]",
        "spec.dnsConfig.searches[1]",
        "spec.dnsConfig.options[0].name");
    assertReports(
        rule,
        pod(container("app"))
            .dnsConfig(
                new V1PodDNSConfig().searches(new ArrayList<>(Collections.nCopies(33, "a")))),
        "spec.dnsConfig.searches");
    assertClean(
        rule,
        pod(container("app"))
            .dnsPolicy("None")
            .dnsConfig(
                new V1PodDNSConfig()
                    .nameservers(new ArrayList<>(List.of("10.96.0.10", "fd00::a")))
                    .searches(
                        new ArrayList<>(List.of("ns.svc.cluster.local.", "_tcp.example.com", ".")))
                    .options(
                        new ArrayList<>(
                            List.of(new V1PodDNSConfigOption().name("ndots").value("2"))))));
    assertClean(rule, pod(container("app")).dnsPolicy("ClusterFirstWithHostNet"));
  }
}
