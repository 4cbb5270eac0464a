package dev.podwright.validation.rules.names;

import static dev.podwright.validation.rules.RuleHarness.assertClean;
import static dev.podwright.validation.rules.RuleHarness.assertReports;
import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static dev.podwright.validation.rules.RuleHarness.withVolumes;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRulesTest {

  private static V1Volume emptyDir(String name) {
    return new V1Volume().name(name).emptyDir(new V1EmptyDirVolumeSource());
  }

  @Test
  void containerNameRequired() {
    NameRule rule = NameRule.CONTAINER_NAME_REQUIRED;
    assertReports(
        rule,
        pod(container("app"), new V1Container().image("busybox:1.36"))
            .initContainers(new ArrayList<>(List.of(container("").image("x:1")))),
        "spec.initContainers[0].name",
        "spec.containers[1].name");
    assertClean(
        rule, pod(container("app")).initContainers(new ArrayList<>(List.of(container("init")))));
  }

  @Test
  void containerNameDns1123() {
    NameRule rule = NameRule.CONTAINER_NAME_DNS1123;
    assertReports(
        rule,
        pod(container("Log_Shipper"), container("ok"))
            .initContainers(new ArrayList<>(List.of(container("a".repeat(64))))),
        "spec.initContainers[0].name",
        "spec.containers[0].name");
    assertThat(run(rule, pod(container("My.App"))).get(0).message()).contains("\"My.App\"");
    assertClean(rule, pod(container("log-shipper"), container("a".repeat(63)), container("")));
  }

  @Test
  void containerNameUniqueRegular() {
    NameRule rule = NameRule.CONTAINER_NAME_UNIQUE_REGULAR;
    assertReports(
        rule,
        pod(container("app"), container("sidecar"), container("app"), container("app")),
        "spec.containers[2].name",
        "spec.containers[3].name");
    assertThat(run(rule, pod(container("app"), container("app"))).get(0).message())
        .contains("spec.containers[0]");
    // an init container sharing a regular name is the init rule's finding, not this one's
    assertClean(
        rule,
        pod(container("app"), container("sidecar"))
            .initContainers(new ArrayList<>(List.of(container("app")))));
  }

  @Test
  void containerNameUniqueInit() {
    NameRule rule = NameRule.CONTAINER_NAME_UNIQUE_INIT;
    assertReports(
        rule,
        pod(container("app"))
            .initContainers(
                new ArrayList<>(
                    List.of(
                        container("setup"),
                        container("app").restartPolicy("Always"),
                        container("setup")))),
        "spec.initContainers[1].name",
        "spec.initContainers[2].name");
    assertClean(
        rule,
        pod(container("app"), container("app"))
            .initContainers(new ArrayList<>(List.of(container("setup"), container("proxy")))));
  }

  @Test
  void volumeNameRequired() {
    NameRule rule = NameRule.VOLUME_NAME_REQUIRED;
    assertReports(
        rule,
        withVolumes(emptyDir("data"), emptyDir(null), emptyDir("")),
        "spec.volumes[1].name",
        "spec.volumes[2].name");
    assertClean(rule, withVolumes(emptyDir("data")));
  }

  @Test
  void volumeNameDns1123() {
    NameRule rule = NameRule.VOLUME_NAME_DNS1123;
    assertReports(
        rule,
        withVolumes(emptyDir("app.config"), emptyDir("ok"), emptyDir("Data")),
        "spec.volumes[0].name",
        "spec.volumes[2].name");
    assertClean(rule, withVolumes(emptyDir("app-config"), emptyDir("")));
  }

  @Test
  void volumeNameUnique() {
    NameRule rule = NameRule.VOLUME_NAME_UNIQUE;
    assertReports(
        rule,
        withVolumes(emptyDir("data"), emptyDir("cache"), emptyDir("data")),
        "spec.volumes[2].name");
    assertClean(rule, withVolumes(emptyDir("data"), emptyDir("cache"), emptyDir(""), emptyDir("")));
  }

  @Test
  void podHostnameSubdomainLabel() {
    NameRule rule = NameRule.POD_HOSTNAME_SUBDOMAIN_LABEL;
    assertReports(
        rule,
        pod(container("app")).hostname("Web_0").subdomain("db.internal"),
        "spec.hostname",
        "spec.subdomain");
    assertClean(rule, pod(container("app")).hostname("web-0").subdomain("db"));
    assertClean(rule, pod(container("app")).hostname(""));
  }

  @Test
  void podServiceAccountNameFormat() {
    NameRule rule = NameRule.POD_SERVICEACCOUNTNAME_FORMAT;
    assertReports(
        rule, pod(container("app")).serviceAccountName("My_SA"), "spec.serviceAccountName");
    assertClean(rule, pod(container("app")).serviceAccountName("build-bot.ci"));
    assertClean(rule, pod(container("app")));
  }
}
