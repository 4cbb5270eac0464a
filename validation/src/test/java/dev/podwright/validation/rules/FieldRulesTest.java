package dev.podwright.validation.rules;

import static dev.podwright.validation.rules.RuleHarness.container;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.podwright.io.KubernetesJackson;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1ContainerResizePolicy;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1FileKeySelector;
import io.kubernetes.client.openapi.models.V1GRPCAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HTTPHeader;
import io.kubernetes.client.openapi.models.V1HostAlias;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PodAffinity;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PodAntiAffinity;
import io.kubernetes.client.openapi.models.V1PodDNSConfig;
import io.kubernetes.client.openapi.models.V1PodOS;
import io.kubernetes.client.openapi.models.V1PodResourceClaim;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PreferredSchedulingTerm;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1SleepAction;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import io.kubernetes.client.openapi.models.V1WeightedPodAffinityTerm;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

  private static final List<String> VERSIONS =
      List.of("1.27", "1.29", "1.30", "1.32", "1.33", "1.35");

  @SafeVarargs
  private static <T> List<T> list(T... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  private static List<Violation> runAll(V1PodSpec spec, KubernetesVersion version) {
    List<Violation> all = new ArrayList<>();
    for (PodSpecRule rule : FieldRules.all()) {
      all.addAll(RuleHarness.run(rule, spec, version));
    }
    return all;
  }

  @Test
  void registryHasUniqueIdsAndCompleteInfo() {
    List<PodSpecRule> rules = FieldRules.all();
    Set<String> ids = new LinkedHashSet<>();
    for (PodSpecRule rule : rules) {
      RuleInfo info = rule.info();
      assertThat(ids.add(info.id())).as("duplicate id %s", info.id()).isTrue();
      assertThat(info.id()).matches("[A-Z][A-Z0-9_]*");
      assertThat(info.what()).isNotBlank();
      assertThat(info.why()).isNotBlank();
      assertThat(info.fix()).isNotBlank();
      if (info.section() == Section.WARNINGS) {
        assertThat(info.severity()).isEqualTo(Severity.WARNING);
        assertThat(info.id()).startsWith("W_");
      } else {
        assertThat(info.severity()).isEqualTo(Severity.ERROR);
      }
    }
    assertThat(rules).hasSize(70);
    assertThat(ids).contains("ENV_NAME_FORMAT", "PORT_NAME_IANA", "RES_REQUEST_LE_LIMIT");
  }

  @Test
  void rulesComeInCatalogSectionOrder() {
    List<String> sections = FieldRules.all().stream().map(r -> r.info().section().title()).toList();
    assertThat(sections).isSorted();
    assertThat(new LinkedHashSet<>(sections))
        .containsExactly(
            Section.ENV.title(),
            Section.PORTS.title(),
            Section.RESOURCES.title(),
            Section.PROBES.title(),
            Section.SECURITY_CONTEXT.title(),
            Section.WARNINGS.title());
  }

  @Test
  void pathsFollowTheRootOfATemplate() {
    V1PodSpec spec =
        RuleHarness.pod(
                container("app")
                    .addEnvItem(new V1EnvVar().value("x"))
                    .addEnvFromItem(new V1EnvFromSource())
                    .addPortsItem(new V1ContainerPort().containerPort(0)))
            .terminationGracePeriodSeconds(-1L);
    PodSpecContext context =
        new PodSpecContext(
            spec,
            KubernetesVersion.LATEST,
            HostPolicy.none(),
            FieldPath.of("spec", "template", "spec"),
            false);
    List<String> paths = new ArrayList<>();
    ViolationSink sink =
        new ViolationSink() {
          @Override
          public void report(FieldPath path, Object value, String message) {
            paths.add(path.toString());
          }

          @Override
          public void report(
              FieldPath path, Object value, String message, Severity severity, String hint) {
            paths.add(path.toString());
          }
        };
    for (PodSpecRule rule : FieldRules.all()) {
      rule.check(context, sink);
    }
    assertThat(paths)
        .containsExactly(
            "spec.template.spec.containers[0].env[0].name",
            "spec.template.spec.containers[0].envFrom",
            "spec.template.spec.containers[0].ports[0].containerPort",
            "spec.template.spec.terminationGracePeriodSeconds");
  }

  /** nginx with ports, env from a secret, a configMap and fieldRef, resources and HTTP probes. */
  static V1PodSpec typicalSpec() {
    V1Container nginx =
        new V1Container()
            .name("nginx")
            .image("nginx:1.27")
            .addPortsItem(new V1ContainerPort().name("http").containerPort(80))
            .addPortsItem(new V1ContainerPort().name("metrics").containerPort(9113).protocol("TCP"))
            .addEnvItem(new V1EnvVar().name("MODE").value("production"))
            .addEnvItem(
                new V1EnvVar()
                    .name("DB_PASSWORD")
                    .valueFrom(
                        new V1EnvVarSource()
                            .secretKeyRef(
                                new V1SecretKeySelector().name("db-creds").key("password"))))
            .addEnvItem(
                new V1EnvVar()
                    .name("LOG_LEVEL")
                    .valueFrom(
                        new V1EnvVarSource()
                            .configMapKeyRef(
                                new V1ConfigMapKeySelector().name("app-config").key("log.level"))))
            .addEnvItem(
                new V1EnvVar()
                    .name("POD_NAME")
                    .valueFrom(
                        new V1EnvVarSource()
                            .fieldRef(
                                new V1ObjectFieldSelector()
                                    .apiVersion("v1")
                                    .fieldPath("metadata.name"))))
            .addEnvItem(
                new V1EnvVar()
                    .name("CPU_LIMIT")
                    .valueFrom(
                        new V1EnvVarSource()
                            .resourceFieldRef(
                                new V1ResourceFieldSelector()
                                    .resource("limits.cpu")
                                    .divisor(Quantity.fromString("1m")))))
            .addEnvFromItem(
                new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource().name("app-config")))
            .addEnvFromItem(
                new V1EnvFromSource()
                    .prefix("SECRET_")
                    .secretRef(new V1SecretEnvSource().name("app-secrets")))
            .resources(
                new V1ResourceRequirements()
                    .putRequestsItem("cpu", Quantity.fromString("100m"))
                    .putRequestsItem("memory", Quantity.fromString("128Mi"))
                    .putLimitsItem("cpu", Quantity.fromString("500m"))
                    .putLimitsItem("memory", Quantity.fromString("256Mi")))
            .livenessProbe(
                new V1Probe()
                    .httpGet(new V1HTTPGetAction().path("/healthz").port(new IntOrString("http")))
                    .initialDelaySeconds(5)
                    .periodSeconds(10))
            .readinessProbe(
                new V1Probe()
                    .httpGet(
                        new V1HTTPGetAction()
                            .path("/ready")
                            .port(new IntOrString(80))
                            .scheme("HTTP"))
                    .successThreshold(2))
            .lifecycle(
                new V1Lifecycle()
                    .preStop(
                        new V1LifecycleHandler()
                            .exec(new V1ExecAction().command(List.of("sh", "-c", "sleep 5")))))
            .securityContext(
                new V1SecurityContext()
                    .allowPrivilegeEscalation(false)
                    .runAsNonRoot(true)
                    .runAsUser(101L)
                    .capabilities(new V1Capabilities().addDropItem("ALL"))
                    .seccompProfile(new V1SeccompProfile().type("RuntimeDefault")))
            .addVolumeMountsItem(new V1VolumeMount().name("config").mountPath("/etc/nginx/conf.d"));
    V1Container sidecar =
        container("log-shipper")
            .restartPolicy("Always")
            .addPortsItem(new V1ContainerPort().name("shipper").containerPort(2020))
            .startupProbe(
                new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString(2020))));
    return new V1PodSpec()
        .addInitContainersItem(sidecar)
        .addContainersItem(nginx)
        .securityContext(new V1PodSecurityContext().fsGroup(101L).runAsNonRoot(true))
        .addVolumesItem(
            new V1Volume()
                .name("config")
                .configMap(new V1ConfigMapVolumeSource().name("nginx-conf")));
  }

  @Test
  void typicalSpecIsClean() {
    for (String version : VERSIONS) {
      assertThat(runAll(typicalSpec(), KubernetesVersion.parse(version))).as(version).isEmpty();
    }
    assertThat(runAll(typicalSpec(), KubernetesVersion.LATEST)).isEmpty();
  }

  /** A spec with nulls and empty objects wherever the model allows them. */
  static V1PodSpec nullSpec() {
    Map<String, Quantity> odd = new HashMap<>();
    odd.put(null, Quantity.fromString("1"));
    odd.put("memory", null);
    odd.put("cpu", Quantity.fromString("1"));
    Map<String, String> selector = new HashMap<>();
    selector.put(null, "x");
    V1Container full =
        new V1Container()
            .env(
                list(
                    null,
                    new V1EnvVar(),
                    new V1EnvVar().valueFrom(new V1EnvVarSource()),
                    new V1EnvVar()
                        .valueFrom(
                            new V1EnvVarSource()
                                .fieldRef(new V1ObjectFieldSelector())
                                .resourceFieldRef(new V1ResourceFieldSelector())
                                .configMapKeyRef(new V1ConfigMapKeySelector())
                                .secretKeyRef(new V1SecretKeySelector())
                                .fileKeyRef(new V1FileKeySelector())),
                    new V1EnvVar(),
                    new V1EnvVar().value("$()")))
            .envFrom(
                list(
                    null,
                    new V1EnvFromSource(),
                    new V1EnvFromSource()
                        .configMapRef(new V1ConfigMapEnvSource())
                        .secretRef(new V1SecretEnvSource())))
            .ports(list(null, new V1ContainerPort(), new V1ContainerPort().hostIP("1.2.3.4")))
            .resources(
                new V1ResourceRequirements()
                    .requests(odd)
                    .limits(odd)
                    .claims(list(null, new CoreV1ResourceClaim())))
            .resizePolicy(list(null, new V1ContainerResizePolicy()))
            .livenessProbe(
                new V1Probe()
                    .httpGet(new V1HTTPGetAction().httpHeaders(list(null, new V1HTTPHeader()))))
            .readinessProbe(new V1Probe().tcpSocket(new V1TCPSocketAction()))
            .startupProbe(new V1Probe().grpc(new V1GRPCAction()))
            .lifecycle(
                new V1Lifecycle()
                    .postStart(new V1LifecycleHandler().exec(new V1ExecAction()))
                    .preStop(new V1LifecycleHandler().sleep(new V1SleepAction())))
            .securityContext(
                new V1SecurityContext()
                    .capabilities(new V1Capabilities().add(list((String) null)).drop(null))
                    .seccompProfile(new V1SeccompProfile())
                    .appArmorProfile(new V1AppArmorProfile())
                    .windowsOptions(new V1WindowsSecurityContextOptions())
                    .procMount(""));
    V1Container empty = new V1Container();
    empty.setEnv(null);
    empty.setEnvFrom(null);
    empty.setPorts(null);
    empty.setResizePolicy(null);
    V1PodSpec spec =
        new V1PodSpec()
            .containers(list(null, full, empty))
            .initContainers(
                list(null, new V1Container().restartPolicy("Always").lifecycle(new V1Lifecycle())))
            .volumes(
                list(
                    null,
                    new V1Volume(),
                    new V1Volume()
                        .configMap(
                            new V1ConfigMapVolumeSource().items(list(null, new V1KeyToPath())))
                        .downwardAPI(
                            new V1DownwardAPIVolumeSource()
                                .items(list(null, new V1DownwardAPIVolumeFile())))
                        .projected(
                            new V1ProjectedVolumeSource()
                                .sources(list(null, new V1VolumeProjection()))),
                    new V1Volume().emptyDir(new V1EmptyDirVolumeSource())))
            .imagePullSecrets(list(null, new V1LocalObjectReference()))
            .hostAliases(list(null, new V1HostAlias(), new V1HostAlias()))
            .dnsConfig(new V1PodDNSConfig().nameservers(list((String) null, "")))
            .overhead(odd)
            .nodeSelector(selector)
            .resources(new V1ResourceRequirements().claims(list((CoreV1ResourceClaim) null)))
            .resourceClaims(list(null, new V1PodResourceClaim()))
            .os(new V1PodOS())
            .securityContext(
                new V1PodSecurityContext()
                    .supplementalGroups(list((Long) null))
                    .sysctls(null)
                    .seccompProfile(new V1SeccompProfile())
                    .windowsOptions(new V1WindowsSecurityContextOptions()))
            .topologySpreadConstraints(list(null, new V1TopologySpreadConstraint()))
            .affinity(
                new V1Affinity()
                    .nodeAffinity(
                        new V1NodeAffinity()
                            .requiredDuringSchedulingIgnoredDuringExecution(
                                new V1NodeSelector()
                                    .nodeSelectorTerms(list(null, new V1NodeSelectorTerm())))
                            .preferredDuringSchedulingIgnoredDuringExecution(
                                list(null, new V1PreferredSchedulingTerm())))
                    .podAffinity(
                        new V1PodAffinity()
                            .requiredDuringSchedulingIgnoredDuringExecution(
                                list(null, new V1PodAffinityTerm()))
                            .preferredDuringSchedulingIgnoredDuringExecution(
                                list(null, new V1WeightedPodAffinityTerm())))
                    .podAntiAffinity(new V1PodAntiAffinity()));
    spec.setTerminationGracePeriodSeconds(null);
    return spec;
  }

  @Test
  void everyRuleSurvivesNullsEverywhere() {
    List<V1PodSpec> specs = new ArrayList<>();
    specs.add(null);
    specs.add(new V1PodSpec());
    specs.add(nullSpec());
    specs.add(nullSpec().hostNetwork(true).hostUsers(false).os(new V1PodOS().name("windows")));
    specs.add(nullSpec().os(new V1PodOS().name("linux")).restartPolicy("Never"));
    V1PodSpec nullLists = new V1PodSpec();
    nullLists.setContainers(null);
    nullLists.setInitContainers(null);
    nullLists.setVolumes(null);
    nullLists.setImagePullSecrets(null);
    nullLists.setHostAliases(null);
    nullLists.setTopologySpreadConstraints(null);
    nullLists.setResourceClaims(null);
    specs.add(nullLists);
    for (PodSpecRule rule : FieldRules.all()) {
      for (V1PodSpec spec : specs) {
        for (String version : VERSIONS) {
          assertThatCode(() -> RuleHarness.run(rule, spec, version))
              .as("%s on %s", rule.info().id(), version)
              .doesNotThrowAnyException();
        }
      }
    }
  }

  @Test
  void rulesDoNotMutateTheSpec() throws IOException {
    V1PodSpec spec = nullSpec();
    String before = KubernetesJackson.jsonMapper().writeValueAsString(typicalSpec());
    V1PodSpec typical = typicalSpec();
    runAll(spec, KubernetesVersion.LATEST);
    runAll(typical, KubernetesVersion.LATEST);
    assertThat(KubernetesJackson.jsonMapper().writeValueAsString(typical)).isEqualTo(before);
  }
}
