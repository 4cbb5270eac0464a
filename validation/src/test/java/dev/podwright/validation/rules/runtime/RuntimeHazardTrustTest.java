package dev.podwright.validation.rules.runtime;

import static dev.podwright.validation.rules.RuleHarness.run;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.assertOne;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.c;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.pod;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.port;
import static dev.podwright.validation.rules.runtime.RuntimeHazardRulesTest.sidecar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.emit.BaseSpec;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Placement;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.WorkloadKind;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1ImageVolumeSource;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The runtime rules fire only where following their fix changes the outcome, and each finding has
 * one rule id: QoS, Job sidecars, floating images and probe port names.
 */
class RuntimeHazardTrustTest {

  static Map<String, Quantity> q(String cpu, String memory) {
    return Map.of("cpu", new Quantity(cpu), "memory", new Quantity(memory));
  }

  static V1ResourceRequirements guaranteed() {
    return new V1ResourceRequirements().requests(q("100m", "64Mi")).limits(q("100m", "64Mi"));
  }

  static List<Violation> ids(List<Violation> found, String id) {
    return found.stream().filter(v -> v.ruleId().equals(id)).toList();
  }

  @Nested
  class Qos {
    final PodSpecRule rule = RuntimeHazardRule.RT_QOS_DOWNGRADE;

    @Test
    void podsThatCouldNeverBeGuaranteedAreLeftAlone() {
      // no container sets limits: requests only, and one container with nothing
      V1PodSpec requestsOnly =
          pod(
              c("app").resources(new V1ResourceRequirements().requests(q("100m", "64Mi"))),
              c("proxy"));
      assertThat(run(rule, requestsOnly)).isEmpty();
      // limits everywhere but requests below them: Burstable by choice
      V1PodSpec burstable =
          pod(
              c("app")
                  .resources(
                      new V1ResourceRequirements()
                          .requests(q("50m", "32Mi"))
                          .limits(q("1", "1Gi"))),
              c("proxy"));
      assertThat(run(rule, burstable)).isEmpty();
    }

    @Test
    void theOneContainerThatKeepsAGuaranteedPodBurstable() {
      V1PodSpec spec = pod(c("app").resources(guaranteed()), c("proxy"));
      List<Violation> found = run(rule, spec);
      assertOne(found, "RT_QOS_DOWNGRADE", "spec.containers[1].resources", Severity.WARNING);
      assertThat(found.get(0).message())
          .isEqualTo(
              "container \"proxy\" sets no resource requests or limits, while every other"
                  + " container (such as \"app\") is Guaranteed: this container alone makes the"
                  + " pod Burstable.");
    }

    @Test
    void limitsAloneAreGuaranteedBecauseRequestsDefaultToThem() {
      V1ResourceRequirements limitsOnly = new V1ResourceRequirements().limits(q("1", "1Gi"));
      assertThat(run(rule, pod(c("app").resources(limitsOnly), c("b").resources(limitsOnly))))
          .isEmpty();
      assertOne(
          run(rule, pod(c("app").resources(limitsOnly), c("b"))),
          "RT_QOS_DOWNGRADE",
          "spec.containers[1].resources",
          Severity.WARNING);
    }

    @Test
    void initContainersAndSidecarsCount() {
      V1PodSpec spec =
          pod(c("app").resources(guaranteed()))
              .initContainers(List.of(c("migrate"), sidecar("proxy").resources(guaranteed())));
      assertOne(
          run(rule, spec),
          "RT_QOS_DOWNGRADE",
          "spec.initContainers[0].resources",
          Severity.WARNING);
    }

    @Test
    void halfSetOrUnequalResourcesAreReportedWithTheirReason() {
      V1ResourceRequirements memoryOnly =
          new V1ResourceRequirements().limits(Map.of("memory", new Quantity("1Gi")));
      V1ResourceRequirements unequal =
          new V1ResourceRequirements().requests(q("50m", "1Gi")).limits(q("1", "1Gi"));
      assertThat(run(rule, pod(c("app").resources(guaranteed()), c("a").resources(memoryOnly))))
          .extracting(Violation::path, Violation::message)
          .containsExactly(
              tuple(
                  "spec.containers[1].resources",
                  "container \"a\" sets no cpu limit, while every other container (such as"
                      + " \"app\") is Guaranteed: this container alone makes the pod Burstable."));
      assertThat(run(rule, pod(c("app").resources(guaranteed()), c("b").resources(unequal))))
          .extracting(Violation::message)
          .containsExactly(
              "container \"b\" requests cpu other than its limit, while every other container"
                  + " (such as \"app\") is Guaranteed: this container alone makes the pod"
                  + " Burstable.");
    }

    @Test
    void twoContainersShortOfGuaranteedAreBurstableByDesign() {
      // HKube: a Guaranteed main container, sidecars with requests only or below their limits
      V1PodSpec spec =
          pod(c("algorunner").resources(guaranteed()))
              .initContainers(
                  List.of(
                      sidecar("mycar")
                          .resources(
                              new V1ResourceRequirements()
                                  .requests(q("500m", "256Mi"))
                                  .limits(q("1", "512Mi"))),
                      sidecar("metrics")
                          .resources(new V1ResourceRequirements().requests(q("100m", "128Mi")))));
      assertThat(run(rule, spec)).isEmpty();
    }

    @Test
    void podLevelResourcesDecideFrom134() {
      V1PodSpec spec =
          pod(c("app").resources(guaranteed()), c("proxy"))
              .resources(new V1ResourceRequirements().limits(q("2", "2Gi")));
      assertThat(
              run(
                  rule,
                  spec,
                  HostPolicy.none(),
                  false,
                  KubernetesVersion.of(1, 34),
                  FieldPath.of("spec")))
          .isEmpty();
      // before 1.34 PodLevelResources is off by default: the field is dropped, containers decide
      assertThat(
              run(
                  rule,
                  spec,
                  HostPolicy.none(),
                  false,
                  KubernetesVersion.of(1, 33),
                  FieldPath.of("spec")))
          .extracting(Violation::path)
          .containsExactly("spec.containers[1].resources");
    }
  }

  @Nested
  class JobSidecar {
    final PodSpecRule rule = RuntimeHazardRule.RT_JOB_LEGACY_SIDECAR;

    List<Violation> runWithMain(V1PodSpec spec, Map<String, String> annotations, Set<String> main) {
      return PodSpecValidator.standard()
          .validate(spec, FieldPath.of("spec"), true, annotations, main)
          .violations()
          .stream()
          .filter(v -> v.ruleId().equals(rule.info().id()))
          .toList();
    }

    @Test
    void aJobWithOneRegularContainerNeverFires() {
      V1PodSpec spec = pod(c("job")).initContainers(List.of(c("fetch"), sidecar("log-shipper")));
      assertThat(run(rule, spec, HostPolicy.none(), true)).isEmpty();
      assertThat(runWithMain(spec, Map.of(), Set.of("job"))).isEmpty();
    }

    @Test
    void aClassicSidecarListedFirstIsReportedNotTheMainContainer() {
      V1PodSpec spec = pod(c("log-shipper"), c("job"));
      assertThat(runWithMain(spec, Map.of(), Set.of("job")))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(tuple("RT_JOB_LEGACY_SIDECAR", "spec.containers[0]", Severity.WARNING));
      assertThat(runWithMain(spec, Map.of(), Set.of("job")).get(0).message())
          .contains("runs next to \"job\"");
    }

    @Test
    void theDefaultContainerAnnotationNamesTheMainContainer() {
      V1PodSpec spec = pod(c("log-shipper"), c("job"));
      assertThat(
              runWithMain(
                  spec, Map.of(PodSpecContext.DEFAULT_CONTAINER_ANNOTATION, "job"), Set.of()))
          .extracting(Violation::path)
          .containsExactly("spec.containers[0]");
      // nothing said: the first container is taken as the main one
      assertThat(runWithMain(spec, Map.of(), Set.of()))
          .extracting(Violation::path)
          .containsExactly("spec.containers[1]");
    }

    @Test
    void aCompositionNeverFlagsItsOwnMainContainer() {
      Composition composition =
          Composition.builder()
              .kind(WorkloadKind.JOB)
              .mainContainer(ContainerSpec.builder("main").image("busybox:1.36").build())
              .sidecar(
                  Sidecar.builder("shipper")
                      .image("busybox:1.36")
                      .mode(SidecarMode.CLASSIC)
                      .placement(Placement.FIRST_CONTAINER)
                      .build())
              .build();
      CompositionValidator.Result result = CompositionValidator.standard().validate(composition);
      assertThat(result.spec().getContainers().get(0).getName()).isEqualTo("shipper");
      assertThat(ids(result.report().violations(), "RT_JOB_LEGACY_SIDECAR"))
          .extracting(Violation::path, Violation::severity)
          .containsExactly(tuple("spec.containers[0]", Severity.WARNING));

      Composition alone =
          Composition.builder()
              .kind(WorkloadKind.JOB)
              .mainContainer(ContainerSpec.builder("main").image("busybox:1.36").build())
              .build();
      assertThat(
              ids(
                  CompositionValidator.standard().validate(alone).report().violations(),
                  "RT_JOB_LEGACY_SIDECAR"))
          .isEmpty();
    }

    @Test
    void theBaseSpecsContainersAreTheJobsMainContainersOnlyTheClassicSidecarIsFlagged() {
      // HKube's shape: the platform's worker and the algorithm's runner, both in the base spec
      BaseSpec base = BaseSpec.of(pod(c("worker"), c("algorunner")));
      Composition withSidecar =
          Composition.builder()
              .sidecar(
                  Sidecar.builder("mycar").image("busybox:1.36").mode(SidecarMode.CLASSIC).build())
              .build();
      Composition withoutSidecar = Composition.builder().build();

      CompositionValidator.Result flagged =
          CompositionValidator.standard().validate(withSidecar, base, true);
      assertThat(flagged.spec().getContainers())
          .extracting(V1Container::getName)
          .containsExactly("worker", "algorunner", "mycar");
      assertThat(ids(flagged.report().violations(), "RT_JOB_LEGACY_SIDECAR"))
          .extracting(Violation::path, Violation::message)
          .containsExactly(
              tuple(
                  "spec.containers[2]",
                  "container \"mycar\" runs next to \"worker\" in a pod that must complete; if"
                      + " it does not exit on its own, the pod never completes."));
      assertThat(
              ids(
                  CompositionValidator.standard()
                      .validate(withoutSidecar, base, true)
                      .report()
                      .violations(),
                  "RT_JOB_LEGACY_SIDECAR"))
          .isEmpty();
      // not a Job: the classic sidecar is fine
      assertThat(
              ids(
                  CompositionValidator.standard()
                      .validate(withSidecar, base, false)
                      .report()
                      .violations(),
                  "RT_JOB_LEGACY_SIDECAR"))
          .isEmpty();
    }
  }

  @Nested
  class Images {
    final PodSpecRule always = RuntimeHazardRule.RT_IMAGE_UNTAGGED_ALWAYS_PULL;
    final PodSpecRule cached = RuntimeHazardRule.RT_IMAGE_LATEST_NODE_CACHED;

    @Test
    void unsetPolicyDefaultsToAlways() {
      V1PodSpec spec = pod(c("a").image("busybox"));
      List<Violation> found = run(always, spec);
      assertOne(
          found, "RT_IMAGE_UNTAGGED_ALWAYS_PULL", "spec.containers[0].image", Severity.WARNING);
      assertThat(found.get(0).message()).contains("is not set, so it defaults to Always");
      assertThat(run(cached, spec)).isEmpty();
    }

    @Test
    void explicitAlwaysIsNotCalledADefault() {
      V1PodSpec spec = pod(c("a").image("busybox:latest").imagePullPolicy("Always"));
      List<Violation> found = run(always, spec);
      assertOne(
          found, "RT_IMAGE_UNTAGGED_ALWAYS_PULL", "spec.containers[0].image", Severity.WARNING);
      assertThat(found.get(0).message())
          .contains("with imagePullPolicy Always")
          .doesNotContain("default");
      assertThat(run(cached, spec)).isEmpty();
    }

    @Test
    void explicitIfNotPresentOrNeverIsTheNodeCacheCaseNotAPullOnEveryStart() {
      V1PodSpec spec =
          pod(
              c("a").image("busybox:latest").imagePullPolicy("IfNotPresent"),
              c("b").image("busybox").imagePullPolicy("Never"));
      assertThat(run(always, spec)).isEmpty();
      List<Violation> found = run(cached, spec);
      assertThat(found)
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple("RT_IMAGE_LATEST_NODE_CACHED", "spec.containers[0].image", Severity.INFO),
              tuple("RT_IMAGE_LATEST_NODE_CACHED", "spec.containers[1].image", Severity.INFO));
      assertThat(found.get(1).message()).contains("with imagePullPolicy Never");
    }

    @Test
    void pinnedImagesAndUnknownPoliciesFireNeither() {
      V1PodSpec spec =
          pod(
              c("a").image("busybox:1.36").imagePullPolicy("IfNotPresent"),
              c("b").image("busybox:1.36").imagePullPolicy("Always"),
              c("c").image("busybox@sha256:0123456789abcdef").imagePullPolicy("Never"),
              c("d").image("busybox").imagePullPolicy("Sometimes"));
      assertThat(run(always, spec)).isEmpty();
      assertThat(run(cached, spec)).isEmpty();
    }

    @Test
    void imageVolumesFollowTheirPullPolicy() {
      V1PodSpec spec =
          pod(c("a"))
              .volumes(
                  List.of(
                      new V1Volume()
                          .name("v")
                          .image(
                              new V1ImageVolumeSource()
                                  .reference("tools")
                                  .pullPolicy("IfNotPresent")),
                      new V1Volume()
                          .name("w")
                          .image(
                              new V1ImageVolumeSource().reference("tools").pullPolicy("Always"))));
      assertOne(
          run(cached, spec),
          "RT_IMAGE_LATEST_NODE_CACHED",
          "spec.volumes[0].image.reference",
          Severity.INFO);
      assertOne(
          run(always, spec),
          "RT_IMAGE_UNTAGGED_ALWAYS_PULL",
          "spec.volumes[1].image.reference",
          Severity.WARNING);
    }
  }

  @Nested
  class UndeclaredProbePort {
    final PodSpecRule rule = RuntimeHazardRule.RT_PROBE_PORT_NAME_UNDECLARED;

    V1Probe http(String name) {
      return new V1Probe().httpGet(new V1HTTPGetAction().path("/").port(new IntOrString(name)));
    }

    V1Probe tcp(String name) {
      return new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString(name)));
    }

    @Test
    void probesAndHttpHooksOnUndeclaredNames() {
      V1PodSpec spec =
          pod(c("app")
                  .livenessProbe(http("http"))
                  .readinessProbe(tcp("grpc-api"))
                  .lifecycle(
                      new V1Lifecycle()
                          .postStart(
                              new V1LifecycleHandler()
                                  .httpGet(
                                      new V1HTTPGetAction()
                                          .path("/")
                                          .port(new IntOrString("admin"))))))
              .initContainers(List.of(sidecar("proxy").startupProbe(tcp("proxy"))));
      assertThat(run(rule, spec))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple(
                  "RT_PROBE_PORT_NAME_UNDECLARED",
                  "spec.initContainers[0].startupProbe.tcpSocket.port",
                  Severity.ERROR),
              tuple(
                  "RT_PROBE_PORT_NAME_UNDECLARED",
                  "spec.containers[0].livenessProbe.httpGet.port",
                  Severity.ERROR),
              tuple(
                  "RT_PROBE_PORT_NAME_UNDECLARED",
                  "spec.containers[0].readinessProbe.tcpSocket.port",
                  Severity.ERROR),
              tuple(
                  "RT_PROBE_PORT_NAME_UNDECLARED",
                  "spec.containers[0].lifecycle.postStart.httpGet.port",
                  Severity.ERROR));
    }

    @Test
    void declaredNumberedInvalidOrOtherwiseReportedIsNotThisRule() {
      V1PodSpec spec =
          pod(
                  c("own").addPortsItem(port(8080).name("http")).livenessProbe(http("http")),
                  c("number")
                      .livenessProbe(
                          new V1Probe()
                              .httpGet(new V1HTTPGetAction().path("/").port(new IntOrString(80)))),
                  c("invalid").livenessProbe(http("HTTP")),
                  c("elsewhere").livenessProbe(http("http")),
                  c("tcphook")
                      .lifecycle(
                          new V1Lifecycle()
                              .preStop(
                                  new V1LifecycleHandler()
                                      .tcpSocket(
                                          new V1TCPSocketAction().port(new IntOrString("gone"))))))
              .initContainers(List.of(c("plain").livenessProbe(http("gone"))));
      assertThat(run(rule, spec)).isEmpty();
    }

    @Test
    void theFullValidatorReportsEachUnresolvableNameOnce() {
      V1PodSpec spec =
          pod(
              c("app").livenessProbe(http("http")),
              c("b").readinessProbe(http("metrics")),
              c("c").addPortsItem(port(9090).name("metrics")));
      List<Violation> found = PodSpecValidator.standard().validate(spec).violations();
      assertThat(found)
          .filteredOn(v -> v.path().endsWith(".port"))
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(
              tuple(
                  "RT_NAMED_PROBE_PORT_OTHER_CONTAINER",
                  "spec.containers[1].readinessProbe.httpGet.port",
                  Severity.ERROR),
              tuple(
                  "RT_PROBE_PORT_NAME_UNDECLARED",
                  "spec.containers[0].livenessProbe.httpGet.port",
                  Severity.ERROR));
    }
  }
}
