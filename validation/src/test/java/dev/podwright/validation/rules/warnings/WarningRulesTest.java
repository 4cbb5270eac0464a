package dev.podwright.validation.rules.warnings;

import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.expect;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1ConfigMapProjection;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1GitRepoVolumeSource;
import io.kubernetes.client.openapi.models.V1HostAlias;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PodAffinity;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PodDNSConfig;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningRulesTest {

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
  void envDuplicateName() {
    WarningRule rule = WarningRule.W_ENV_DUPLICATE_NAME;
    V1Container app =
        container("app")
            .addEnvItem(new V1EnvVar().name("A").value("1"))
            .addEnvItem(new V1EnvVar().name("A").value("2"))
            .addEnvItem(new V1EnvVar().name("B").value("x"))
            .addEnvItem(new V1EnvVar().name("B").value("$(B)-suffix"))
            .addEnvItem(new V1EnvVar().name("C").value("x"))
            .addEnvItem(
                new V1EnvVar()
                    .name("C")
                    .valueFrom(
                        new V1EnvVarSource()
                            .fieldRef(new V1ObjectFieldSelector().fieldPath("metadata.name"))));
    List<Violation> found = run(rule, pod(app));
    expect(
        found,
        "W_ENV_DUPLICATE_NAME",
        Severity.WARNING,
        "spec.containers[0].env[1]",
        "spec.containers[0].env[5]");
    assertThat(run(rule, pod(container("a").addEnvItem(new V1EnvVar().name("A"))))).isEmpty();
  }

  @Test
  void portDuplicateWithinAContainerOrWithAPlainInitContainer() {
    WarningRule rule = WarningRule.W_PORT_DUPLICATE;
    V1PodSpec spec =
        pod(with("app", port(8080), port(8080).protocol("TCP")))
            .addInitContainersItem(with("setup", port(8080)));
    expect(
        run(rule, spec),
        "W_PORT_DUPLICATE",
        Severity.WARNING,
        "spec.containers[0].ports[0]",
        "spec.containers[0].ports[1]",
        "spec.containers[0].ports[1]");
    assertThat(run(rule, pod(with("app", port(8080)), with("b", port(8080).protocol("UDP")))))
        .isEmpty();
  }

  @Test
  void portDuplicateAcrossRunningContainersIsTheBindConflictRule() {
    // regular containers and native sidecars run together: RT_PORT_BIND_CONFLICT reports them
    V1PodSpec spec =
        pod(with("app", port(8080)), with("proxy", port(8080).protocol("TCP")))
            .addInitContainersItem(with("sidecar", port(8080)).restartPolicy("Always"));
    assertThat(run(WarningRule.W_PORT_DUPLICATE, spec)).isEmpty();
    assertThat(
            run(
                WarningRule.W_PORT_OVERLAPPING,
                pod(with("a", port(80).hostPort(80)), with("b", port(80)))))
        .isEmpty();
  }

  @Test
  void portOverlapping() {
    WarningRule rule = WarningRule.W_PORT_OVERLAPPING;
    expect(
        run(rule, pod(with("app", port(80).hostPort(80), port(80)))),
        "W_PORT_OVERLAPPING",
        Severity.WARNING,
        "spec.containers[0].ports[1]");
    assertThat(run(rule, pod(with("app", port(80), port(81))))).isEmpty();
  }

  @Test
  void portAmbiguousHostIp() {
    WarningRule rule = WarningRule.W_PORT_AMBIGUOUS_HOSTIP;
    expect(
        run(
            rule,
            pod(with("app", port(80).hostPort(80).hostIP("10.0.0.1"), port(80).hostPort(80)))),
        "W_PORT_AMBIGUOUS_HOSTIP",
        Severity.WARNING,
        "spec.containers[0].ports[1]");
    assertThat(
            run(
                rule,
                pod(
                    with(
                        "app",
                        port(80).hostPort(80).hostIP("10.0.0.1"),
                        port(80).hostPort(80).hostIP("10.0.0.2")))))
        .isEmpty();
  }

  @Test
  void hostIpWithoutHostPort() {
    WarningRule rule = WarningRule.W_PORT_HOSTIP_WITHOUT_HOSTPORT;
    expect(
        run(rule, pod(with("app", port(80).hostIP("10.0.0.1")))),
        "W_PORT_HOSTIP_WITHOUT_HOSTPORT",
        Severity.WARNING,
        "spec.containers[0].ports[0]");
    assertThat(run(rule, pod(with("app", port(80).hostIP("10.0.0.1").hostPort(80))))).isEmpty();
  }

  @Test
  void portNameAcrossContainersFrom133() {
    WarningRule rule = WarningRule.W_PORT_NAME_DUP_ACROSS_CONTAINERS;
    V1PodSpec spec =
        pod(with("app", port(80).name("metrics")), with("proxy", port(81).name("metrics")));
    expect(
        run(rule, spec),
        "W_PORT_NAME_DUP_ACROSS_CONTAINERS",
        Severity.WARNING,
        "spec.containers[1].ports[0]");
    assertThat(run(rule, spec, "1.32")).isEmpty();
    assertThat(run(rule, pod(with("app", port(80).name("web"), port(81).name("web"))))).isEmpty();
  }

  @Test
  void fractionalBytes() {
    WarningRule rule = WarningRule.W_FRACTIONAL_BYTES;
    V1PodSpec spec =
        pod(container("app")
                .resources(
                    new V1ResourceRequirements()
                        .putLimitsItem("memory", Quantity.fromString("128m"))
                        .putRequestsItem("cpu", Quantity.fromString("128m"))))
            .putOverheadItem("ephemeral-storage", Quantity.fromString("1.5"));
    expect(
        run(rule, spec),
        "W_FRACTIONAL_BYTES",
        Severity.WARNING,
        "spec.containers[0].resources.limits[memory]",
        "spec.overhead[ephemeral-storage]");
    assertThat(
            run(
                rule,
                pod(
                    container("app")
                        .resources(
                            new V1ResourceRequirements()
                                .putLimitsItem("memory", Quantity.fromString("128Mi"))))))
        .isEmpty();
  }

  private static V1KeyToPath item(String path) {
    return new V1KeyToPath().key("k").path(path);
  }

  @Test
  void volumeOverlappingPaths() {
    WarningRule rule = WarningRule.W_VOLUME_OVERLAPPING_PATHS;
    V1PodSpec spec =
        pod(container("app"))
            .addVolumesItem(
                new V1Volume()
                    .name("cfg")
                    .configMap(
                        new V1ConfigMapVolumeSource()
                            .name("c")
                            .items(List.of(item("a"), item("a/b"), item("c")))))
            .addVolumesItem(
                new V1Volume()
                    .name("proj")
                    .projected(
                        new V1ProjectedVolumeSource()
                            .addSourcesItem(
                                new V1VolumeProjection()
                                    .serviceAccountToken(
                                        new V1ServiceAccountTokenProjection().path("token")))
                            .addSourcesItem(
                                new V1VolumeProjection()
                                    .configMap(
                                        new V1ConfigMapProjection()
                                            .name("c")
                                            .items(List.of(item("token")))))));
    expect(
        run(rule, spec),
        "W_VOLUME_OVERLAPPING_PATHS",
        Severity.WARNING,
        "spec.volumes[0]",
        "spec.volumes[1]");
    assertThat(
            run(
                rule,
                pod(container("app"))
                    .addVolumesItem(
                        new V1Volume()
                            .name("cfg")
                            .configMap(
                                new V1ConfigMapVolumeSource()
                                    .name("c")
                                    .items(List.of(item("a/x"), item("b/x")))))))
        .isEmpty();
  }

  @Test
  void projectedEmptySource() {
    WarningRule rule = WarningRule.W_PROJECTED_EMPTY_SOURCE;
    V1PodSpec spec =
        pod(container("app"))
            .addVolumesItem(
                new V1Volume()
                    .name("proj")
                    .projected(
                        new V1ProjectedVolumeSource()
                            .addSourcesItem(
                                new V1VolumeProjection()
                                    .serviceAccountToken(
                                        new V1ServiceAccountTokenProjection().path("token")))
                            .addSourcesItem(new V1VolumeProjection())));
    expect(
        run(rule, spec),
        "W_PROJECTED_EMPTY_SOURCE",
        Severity.WARNING,
        "spec.volumes[0].projected.sources[1]");
    spec.getVolumes().get(0).getProjected().getSources().remove(1);
    assertThat(run(rule, spec)).isEmpty();
  }

  @Test
  void deprecatedVolumePlugin() {
    WarningRule rule = WarningRule.W_DEPRECATED_VOLUME_PLUGIN;
    V1PodSpec spec =
        pod(container("app"))
            .addVolumesItem(
                new V1Volume().name("ok").configMap(new V1ConfigMapVolumeSource().name("c")))
            .addVolumesItem(
                new V1Volume()
                    .name("git")
                    .gitRepo(new V1GitRepoVolumeSource().repository("https://example.com/r.git")));
    List<Violation> found = run(rule, spec);
    expect(found, "W_DEPRECATED_VOLUME_PLUGIN", Severity.WARNING, "spec.volumes[1].gitRepo");
    assertThat(found.get(0).message()).contains("disabled by default in v1.33+");
    assertThat(run(rule, spec, "1.32").get(0).message()).doesNotContain("v1.33");
    spec.getVolumes().remove(1);
    assertThat(run(rule, spec)).isEmpty();
  }

  @Test
  void imagePullSecrets() {
    WarningRule rule = WarningRule.W_IMAGEPULLSECRETS;
    V1PodSpec spec =
        pod(container("app"))
            .addImagePullSecretsItem(new V1LocalObjectReference().name("reg"))
            .addImagePullSecretsItem(new V1LocalObjectReference().name("reg"))
            .addImagePullSecretsItem(new V1LocalObjectReference());
    expect(
        run(rule, spec),
        "W_IMAGEPULLSECRETS",
        Severity.WARNING,
        "spec.imagePullSecrets[1].name",
        "spec.imagePullSecrets[2].name");
    assertThat(
            run(
                rule,
                pod(container("app"))
                    .addImagePullSecretsItem(new V1LocalObjectReference().name("a"))
                    .addImagePullSecretsItem(new V1LocalObjectReference().name("b"))))
        .isEmpty();
  }

  @Test
  void hostAliasDuplicateIp() {
    WarningRule rule = WarningRule.W_HOSTALIAS_DUP_IP;
    V1PodSpec spec =
        pod(container("app"))
            .addHostAliasesItem(new V1HostAlias().ip("10.0.0.1").addHostnamesItem("a"))
            .addHostAliasesItem(new V1HostAlias().ip("10.0.0.1").addHostnamesItem("b"));
    expect(run(rule, spec), "W_HOSTALIAS_DUP_IP", Severity.WARNING, "spec.hostAliases[1].ip");
    spec.getHostAliases().get(1).ip("10.0.0.2");
    assertThat(run(rule, spec)).isEmpty();
  }

  @Test
  void negativeGracePeriod() {
    WarningRule rule = WarningRule.W_NEGATIVE_TGPS;
    expect(
        run(rule, pod(container("app")).terminationGracePeriodSeconds(-1L)),
        "W_NEGATIVE_TGPS",
        Severity.WARNING,
        "spec.terminationGracePeriodSeconds");
    assertThat(run(rule, pod(container("app")).terminationGracePeriodSeconds(0L))).isEmpty();
  }

  @Test
  void nonStandardIpFrom133() {
    WarningRule rule = WarningRule.W_NONSTANDARD_IP;
    V1PodSpec spec =
        pod(container("app"))
            .dnsConfig(new V1PodDNSConfig().nameservers(List.of("1.1.1.1", "010.0.0.1")))
            .addHostAliasesItem(new V1HostAlias().ip("::ffff:1.2.3.4"));
    List<Violation> found = run(rule, spec);
    expect(
        found,
        "W_NONSTANDARD_IP",
        Severity.WARNING,
        "spec.dnsConfig.nameservers[1]",
        "spec.hostAliases[0].ip");
    assertThat(found.get(0).message()).contains("use \"10.0.0.1\"");
    assertThat(run(rule, spec, "1.32")).isEmpty();
  }

  @Test
  void selectorNullOrDeprecatedLabel() {
    WarningRule rule = WarningRule.W_SELECTOR_NULL_OR_DEPRECATED_LABEL;
    V1PodSpec spec =
        pod(container("app"))
            .putNodeSelectorItem("beta.kubernetes.io/os", "linux")
            .addTopologySpreadConstraintsItem(
                new V1TopologySpreadConstraint()
                    .topologyKey("failure-domain.beta.kubernetes.io/zone")
                    .maxSkew(1)
                    .whenUnsatisfiable("DoNotSchedule"))
            .affinity(
                new V1Affinity()
                    .podAffinity(
                        new V1PodAffinity()
                            .addRequiredDuringSchedulingIgnoredDuringExecutionItem(
                                new V1PodAffinityTerm().topologyKey("kubernetes.io/hostname"))));
    expect(
        run(rule, spec),
        "W_SELECTOR_NULL_OR_DEPRECATED_LABEL",
        Severity.WARNING,
        "spec.nodeSelector[beta.kubernetes.io/os]",
        "spec.topologySpreadConstraints[0].topologyKey",
        "spec.topologySpreadConstraints[0].labelSelector",
        "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector");
    V1PodSpec fine =
        pod(container("app"))
            .putNodeSelectorItem("kubernetes.io/os", "linux")
            .addTopologySpreadConstraintsItem(
                new V1TopologySpreadConstraint()
                    .topologyKey("topology.kubernetes.io/zone")
                    .labelSelector(new V1LabelSelector()));
    assertThat(run(rule, fine)).isEmpty();
  }
}
